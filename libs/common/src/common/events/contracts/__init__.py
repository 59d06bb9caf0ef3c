"""Every event payload, one module per producing service. Importing this package registers them all."""

from common.events.contracts import audit, identity, org, personnel, transfer  # noqa: F401
