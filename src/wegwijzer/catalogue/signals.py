"""Keep the full-text index in step with single saves (admin, API). Bulk writers (the import, the generator) do not
send these signals and call index_offers themselves, once per batch."""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver

from .models import Offer, Payer, Provider
from .search.index import catalogue_changed, index_offers, unindex_offers


@receiver(post_save, sender=Offer)
def offer_saved(sender, instance: Offer, raw=False, **kwargs):
    if not raw:
        index_offers([instance.pk])


@receiver(m2m_changed, sender=Offer.esco_concepts.through)
@receiver(m2m_changed, sender=Offer.payers.through)
def offer_links_changed(sender, instance, action, reverse=False, **kwargs):
    if action.startswith("post_") and not reverse:
        index_offers([instance.pk])


@receiver(post_delete, sender=Offer)
def offer_deleted(sender, instance: Offer, **kwargs):
    unindex_offers([instance.pk])


@receiver(post_save, sender=Provider)
def provider_saved(sender, instance: Provider, created=False, raw=False, **kwargs):
    # The provider's name is findable in each of its offers.
    if not created and not raw:
        index_offers(instance.offers.values_list("pk", flat=True))


@receiver(post_save, sender=Payer)
def payer_saved(sender, instance: Payer, raw=False, **kwargs):
    # Search snapshots hold the payers (the options of the filter "Wie kan betalen"): a new version renews them.
    if not raw:
        catalogue_changed([])


@receiver(pre_delete, sender=Payer)
def payer_deleted(sender, instance: Payer, **kwargs):
    # Before the delete, while its links still say which offers it leaves.
    catalogue_changed(list(instance.offers.values_list("pk", flat=True)))
