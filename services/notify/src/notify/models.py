"""Every table of the notify service, imported in one place so Alembic and SQLModel see them all."""

from sqlmodel import SQLModel

from common.audit import AuditEntry
from common.inbox import InboxMessage
from common.outbox import OutboxMessage
from common.scope import UnitNode
from notify.announcements.tables import Announcement, AnnouncementRecipient
from notify.files import Attachment
from notify.news.tables import NewsArticle, NewsAudience, NewsStep

metadata = SQLModel.metadata

__all__ = ["Announcement", "AnnouncementRecipient", "Attachment", "AuditEntry", "InboxMessage", "NewsArticle",
           "NewsAudience", "NewsStep", "OutboxMessage", "UnitNode", "metadata"]
