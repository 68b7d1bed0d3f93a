"""The API app in the registry: its root, the OpenAPI schema and the docs page are public."""

from wegwijzer.accounts.matrix import PUBLIC
from wegwijzer.core.registry import AppPlugin, registry

registry.register(
    AppPlugin(label="api", rules={"api:api-root": PUBLIC, "api:openapi-json": PUBLIC, "api:openapi-view": PUBLIC})
)
