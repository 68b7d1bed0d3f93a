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


class IssuedCredential(models.Model):
    """An OpenBadgeCredential for one confirmed skill. `status_index` is its bit in the revocation status list;
    `share_code` makes a public page for it, until the person stops sharing."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="credentials"
    )
    skill = models.ForeignKey("skills.ProfileSkill", null=True, on_delete=models.SET_NULL, related_name="credentials")
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
