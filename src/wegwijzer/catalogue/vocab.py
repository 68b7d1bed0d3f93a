"""The catalogue's closed vocabularies: the values of every filter, with the Dutch label a person sees.

The codes are what CSV files, the API and URLs use; they never change once published.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    OPLEIDING = "opleiding", _("Opleiding")
    CURSUS = "cursus", _("Cursus")
    TRAINING = "training", _("Training")
    E_LEARNING = "e_learning", _("E-learning")
    MICROLEARNING = "microlearning", _("Korte module (microlearning)")
    WERKPLEKLEREN = "werkplekleren", _("Leren op de werkplek")
    VRIJWILLIGERSCURSUS = "vrijwilligerscursus", _("Cursus voor vrijwilligers")


class Delivery(models.TextChoices):
    ONLINE = "online", _("Online")
    KLASSIKAAL = "klassikaal", _("In een groep, op een locatie")
    BLENDED = "blended", _("Deels online, deels op locatie")
    PRAKTIJK = "praktijk", _("In de praktijk")


class Schedule(models.TextChoices):
    OVERDAG = "overdag", _("Overdag")
    AVOND = "avond", _("'s Avonds")
    WEEKEND = "weekend", _("In het weekend")
    EIGEN_TEMPO = "eigen_tempo", _("Wanneer je wilt (eigen tempo)")


class Theme(models.TextChoices):
    DIGITAAL = "digitaal", _("Computer en internet")
    TAAL = "taal", _("Nederlands en rekenen")
    ZORG = "zorg", _("Zorg en welzijn")
    TECHNIEK = "techniek", _("Techniek en installatie")
    LOGISTIEK = "logistiek", _("Logistiek en transport")
    BOUW = "bouw", _("Bouw")
    ADMINISTRATIE = "administratie", _("Administratie en kantoor")
    HORECA = "horeca", _("Horeca en schoonmaak")
    HANDEL = "handel", _("Winkel en verkoop")
    ONDERNEMEN = "ondernemen", _("Ondernemen (zzp)")
    PERSOONLIJK = "persoonlijk", _("Persoonlijke groei en loopbaan")


class Region(models.TextChoices):
    """Provinces: a place most people know. Online offers have no region: they are for the whole country."""

    GRONINGEN = "groningen", "Groningen"
    FRIESLAND = "friesland", "Friesland"
    DRENTHE = "drenthe", "Drenthe"
    OVERIJSSEL = "overijssel", "Overijssel"
    FLEVOLAND = "flevoland", "Flevoland"
    GELDERLAND = "gelderland", "Gelderland"
    UTRECHT = "utrecht", "Utrecht"
    NOORD_HOLLAND = "noord_holland", "Noord-Holland"
    ZUID_HOLLAND = "zuid_holland", "Zuid-Holland"
    ZEELAND = "zeeland", "Zeeland"
    NOORD_BRABANT = "noord_brabant", "Noord-Brabant"
    LIMBURG = "limburg", "Limburg"


class EntryLevel(models.TextChoices):
    GEEN = "geen", _("Geen vooropleiding nodig")
    BASIS = "basis", _("Basis lezen, schrijven en rekenen")
    MBO2 = "mbo2", _("Mbo 2 of vergelijkbaar")
    MBO4 = "mbo4", _("Mbo 4 of havo")
    HBO = "hbo", _("Hbo")


class Certificate(models.TextChoices):
    DIPLOMA = "diploma", _("Diploma")
    CERTIFICAAT = "certificaat", _("Certificaat")
    DEELCERTIFICAAT = "deelcertificaat", _("Deelcertificaat (een deel van een diploma)")
    PRAKTIJKVERKLARING = "praktijkverklaring", _("Praktijkverklaring")
    BADGE = "badge", _("Digitale badge")
    GEEN = "geen", _("Geen")


class Language(models.TextChoices):
    NL = "nl", _("Nederlands")
    EN = "en", _("Engels")
    AR = "ar", _("Arabisch")
    TR = "tr", _("Turks")
    PL = "pl", _("Pools")


class Nlqf(models.TextChoices):
    N1 = "1", "NLQF 1"
    N2 = "2", "NLQF 2"
    N3 = "3", "NLQF 3"
    N4 = "4", "NLQF 4"
    N4PLUS = "4+", "NLQF 4+"
    N5 = "5", "NLQF 5"
    N6 = "6", "NLQF 6"
    N7 = "7", "NLQF 7"
    N8 = "8", "NLQF 8"


class Payer(models.TextChoices):
    """The payers the catalogue started with: the codes that the import formats and the API accept. They are rows
    of models.Payer (made by a migration), where a beheerder can add more."""

    EIGEN_GELD = "eigen_geld", _("Je betaalt zelf")
    WERKGEVER = "werkgever", _("Werkgever")
    OO_FONDS = "oo_fonds", _("O&O-fonds van een sector")
    GEMEENTE = "gemeente", _("Gemeente")
    LANDELIJK = "landelijk", _("Landelijke regeling")
