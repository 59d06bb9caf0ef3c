"""Every table of the notify service, imported in one place so Alembic and SQLModel see them all."""

from sqlmodel import SQLModel

from common.audit import AuditEntry
from common.inbox import InboxMessage
from common.outbox import OutboxMessage
from common.scope import UnitNode
from notify.accounts.tables import AccountRef
from notify.announcements.tables import Announcement, AnnouncementRecipient
from notify.chat.tables import ChatMessage, ChatRead, ChatRoom
from notify.files import Attachment
from notify.messages.tables import Message, MessageThread, ThreadRead
from notify.news.tables import NewsArticle, NewsAudience, NewsStep
from notify.notifications.tables import EmailMessage, Notification, NotificationPreference, NotificationRead

metadata = SQLModel.metadata

__all__ = ["AccountRef", "Announcement", "AnnouncementRecipient", "Attachment", "AuditEntry", "ChatMessage", "ChatRead",
           "ChatRoom", "EmailMessage", "InboxMessage", "Message", "MessageThread", "NewsArticle", "NewsAudience",
           "NewsStep", "Notification", "NotificationPreference", "NotificationRead", "OutboxMessage", "ThreadRead",
           "UnitNode", "metadata"]
