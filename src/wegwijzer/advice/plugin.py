"""The advice app in the registry: its one API operation is open to everyone and keeps no personal data."""

from wegwijzer.accounts.matrix import PUBLIC
from wegwijzer.core.registry import AppPlugin, registry

registry.register(AppPlugin(label="advice", rules={"wegwijzer_advice_api_create_advice": PUBLIC}))
