"""Pages of initiatives (/przedsiewziecia/) and of working groups (/grupy/), one module per area."""
