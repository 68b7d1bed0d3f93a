"""The issuer's signing keys and the Open Badges credentials Wegwijzer issued."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wegwijzer.accounts.fields import EncryptedTextField


class SigningKey(models.Model):
    """One ES256 key pair. The newest key that is not retired signs; every key stays in /.well-known/jwks.json, so
    credentials signed with an older key stay verifiable after a rotation. The private key is encrypted at rest
    with the field keys (WEGWIJZER_FIELD_KEYS), like sensitive answers."""

    kid = models.CharField(_("sleutel-id"), max_length=100, unique=True)
    public_jwk = models.JSONField(_("publieke sleutel"))
    private_jwk = EncryptedTextField(_("geheime sleutel"))
    created_at = models.DateTimeField(_("gemaakt op"), default=timezone.now)
    retired_at = models.DateTimeField(_("vervangen op"), null=True, blank=True)

    class Meta:
        verbose_name = _("ondertekensleutel")
        verbose_name_plural = _("ondertekensleutels")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.kid


class FinishedLearning(models.Model):
    """A person finished a learning offer of the catalogue, and someone who knows confirms it: an account of the
    offer's provider (role aanbieder, same organisation) or the person's coach (with access). Until then it is only
    the person's request, with a link for that confirmer. The offer's title and provider stay as they were."""

    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="finished_learning")
    offer = models.ForeignKey("catalogue.Offer", null=True, on_delete=models.SET_NULL, related_name="+")
    offer_title = models.CharField(_("aanbod"), max_length=200)
    provider_name = models.CharField(_("aanbieder"), max_length=200)
    confirm_code = models.CharField(_("code om te bevestigen"), max_length=40, unique=True, null=True, blank=True)
    confirmed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    confirmer_name = models.CharField(_("bevestigd door"), max_length=200, blank=True)
    confirmer_organisation = models.CharField(_("organisatie"), max_length=200, blank=True)
    finished_on = models.DateField(_("afgerond op"), null=True, blank=True)
    what_was_done = models.TextField(_("wat de persoon deed"), blank=True)
    confirmed_at = models.DateTimeField(_("bevestigd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("afgeronde leerstap")
        verbose_name_plural = _("afgeronde leerstappen")
        constraints = [models.UniqueConstraint(fields=["person", "offer"], name="one_finished_learning_per_offer")]

    def __str__(self):
        return self.offer_title


class IssuedCredential(models.Model):
    """An OpenBadgeCredential for one confirmed skill or one finished learning offer. `status_index` is its bit in
    the revocation status list; `share_code` makes a public page for it, until the person stops sharing."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="credentials"
    )
    skill = models.ForeignKey("skills.ProfileSkill", null=True, on_delete=models.SET_NULL, related_name="credentials")
    learning = models.ForeignKey(FinishedLearning, null=True, on_delete=models.SET_NULL, related_name="credentials")
    achievement_name = models.CharField(_("voor"), max_length=300)
    status_index = models.PositiveIntegerField(_("plek in de statuslijst"), unique=True)
    vc_jwt = models.TextField(_("bewijs (VC-JWT)"), blank=True)
    issued_at = models.DateTimeField(_("uitgegeven op"), default=timezone.now)
    revoked_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)
    share_code = models.CharField(_("deelcode"), max_length=40, unique=True, null=True, blank=True)

    class Meta:
        verbose_name = _("uitgegeven bewijs")
        verbose_name_plural = _("uitgegeven bewijzen")
        ordering = ["-issued_at"]

    def __str__(self):
        return self.achievement_name
