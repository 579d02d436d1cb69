import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from platforma.contact.models import Enquiry, EnquiryTopic


class EnquiryFactory(DjangoModelFactory):
    class Meta:
        model = Enquiry

    name = "Jan Kowalski"
    email = factory.Sequence(lambda n: f"pytajacy{n}@przyklad.example")
    topic = EnquiryTopic.COOPERATION
    message = "Chcielibyśmy dowiedzieć się więcej o współpracy w klastrze."
    consent_given_at = factory.LazyFunction(timezone.now)
