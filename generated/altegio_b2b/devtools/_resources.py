"""The tags of Altegio's Developer Tools API as attributes (``client.devtools.<tag>.<operation_id>(...)``),
each loaded on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..client import AltegioClient
    from ..devtools.dictionaries._resources import AsyncDictionaries, Dictionaries
    from ..devtools.marketplace._resources import AsyncMarketplace, Marketplace
    from ..devtools.voip_integration._resources import AsyncVoipIntegration, VoipIntegration
    from ..devtools.webhooks._resources import AsyncWebhooks, Webhooks


class DevtoolsResources:
    """The Developer Tools API's tags: ``client.devtools.<tag>``."""

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __dir__(self) -> list[str]:
        return [
            "dictionaries",
            "marketplace",
            "voip_integration",
            "webhooks",
        ]

    @cached_property
    def dictionaries(self) -> Dictionaries:
        """Dictionaries: 3 operations (``altegio_b2b.devtools.dictionaries``)."""
        from ..devtools.dictionaries._resources import Dictionaries

        return Dictionaries(self._client)

    @cached_property
    def marketplace(self) -> Marketplace:
        """Marketplace: 12 operations (``altegio_b2b.devtools.marketplace``)."""
        from ..devtools.marketplace._resources import Marketplace

        return Marketplace(self._client)

    @cached_property
    def voip_integration(self) -> VoipIntegration:
        """Voip Integration: 2 operations (``altegio_b2b.devtools.voip_integration``)."""
        from ..devtools.voip_integration._resources import VoipIntegration

        return VoipIntegration(self._client)

    @cached_property
    def webhooks(self) -> Webhooks:
        """Webhooks: 2 operations (``altegio_b2b.devtools.webhooks``)."""
        from ..devtools.webhooks._resources import Webhooks

        return Webhooks(self._client)


class AsyncDevtoolsResources:
    """The async forms: ``await client.aio.devtools.<tag>.<operation_id>(...)``."""

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __dir__(self) -> list[str]:
        return [
            "dictionaries",
            "marketplace",
            "voip_integration",
            "webhooks",
        ]

    @cached_property
    def dictionaries(self) -> AsyncDictionaries:
        """Dictionaries: 3 operations (``altegio_b2b.devtools.dictionaries``)."""
        from ..devtools.dictionaries._resources import AsyncDictionaries

        return AsyncDictionaries(self._client)

    @cached_property
    def marketplace(self) -> AsyncMarketplace:
        """Marketplace: 12 operations (``altegio_b2b.devtools.marketplace``)."""
        from ..devtools.marketplace._resources import AsyncMarketplace

        return AsyncMarketplace(self._client)

    @cached_property
    def voip_integration(self) -> AsyncVoipIntegration:
        """Voip Integration: 2 operations (``altegio_b2b.devtools.voip_integration``)."""
        from ..devtools.voip_integration._resources import AsyncVoipIntegration

        return AsyncVoipIntegration(self._client)

    @cached_property
    def webhooks(self) -> AsyncWebhooks:
        """Webhooks: 2 operations (``altegio_b2b.devtools.webhooks``)."""
        from ..devtools.webhooks._resources import AsyncWebhooks

        return AsyncWebhooks(self._client)
