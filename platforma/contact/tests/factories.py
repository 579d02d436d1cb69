import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from platforma.contact.models import Enquiry, EnquiryAnswer, EnquiryTopic


class EnquiryFactory(DjangoModelFactory):
    class Meta:
        model = Enquiry

    name = "Jan Kowalski"
    email = factory.Sequence(lambda n: f"pytajacy{n}@przyklad.example")
    topic = EnquiryTopic.COOPERATION
    message = "Chcielibyśmy dowiedzieć się więcej o współpracy w klastrze."
    consent_given_at = factory.LazyFunction(timezone.now)


class EnquiryAnswerFactory(DjangoModelFactory):
    class Meta:
        model = EnquiryAnswer

    enquiry = factory.SubFactory(EnquiryFactory)
    body = "Dziękujemy za pytanie. Zapraszamy na spotkanie w EkoParku."
    sent_at = factory.LazyFunction(timezone.now)
