#!/usr/bin/env bash
# `make run`: migrate, load the demo data once, start a task worker and the web server.
set -euo pipefail
cd "$(dirname "$0")/.."
host=${1:-127.0.0.1}
port=${2:-8000}
py=.venv/bin/python
mkdir -p var
$py manage.py migrate --no-input -v 0
# seed_demo is idempotent: it does nothing when the demo cluster is already there.
$py manage.py seed_demo
$py manage.py db_worker >var/worker.log 2>&1 &
worker=$!
# The notifications schedule (digests at 07:00 Warsaw time, hourly re-send of held-back e-mails).
$py manage.py run_scheduler >var/scheduler.log 2>&1 &
scheduler=$!
trap 'kill $worker $scheduler 2>/dev/null || true' EXIT INT TERM
echo
echo "  Platforma Środowiskowa: http://$host:$port/   (English: http://$host:$port/en/)"
echo "  Background worker log: var/worker.log. Stop with Ctrl+C."
echo
$py manage.py seed_demo --list
echo
$py manage.py runserver "$host:$port"
