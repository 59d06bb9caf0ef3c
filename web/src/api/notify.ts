// GENERATED from openapi/notify.json by scripts/gen-api.mjs (openapi-typescript): do not edit.
// Refresh: cd web && npm run api:refresh (the document from the service's code, then these types).

export interface paths {
    "/whoami": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whoami
         * @description The signed-in account as this service sees it (user, unit, roles).
         */
        get: operations["whoami_whoami_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/news/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Categories */
        get: operations["categories_news_categories_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/news/feed.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Atom Feed
         * @description Live province-wide news as Atom, without signing in (for other e-government portals).
         */
        get: operations["atom_feed_news_feed_atom_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/news": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List News
         * @description The news this account reads now: live, addressed to the province or to its unit (pinned first).
         */
        get: operations["list_news_news_get"];
        put?: never;
        /**
         * Create News
         * @description A draft; the body's HTML is sanitised (scripts, event handlers, styles removed).
         */
        post: operations["create_news_news_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/news/editorial": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Editorial
         * @description Articles written by units of the account's scope (the Department's editors: every unit's).
         */
        get: operations["editorial_news_editorial_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/news/{article_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get News */
        get: operations["get_news_news__article_id__get"];
        /** Update News */
        put: operations["update_news_news__article_id__put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/news/{article_id}/cover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Cover */
        get: operations["get_cover_news__article_id__cover_get"];
        /** Upload Cover */
        put: operations["upload_cover_news__article_id__cover_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/news/{article_id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add Attachment */
        post: operations["add_attachment_news__article_id__attachments_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/news/{article_id}/attachments/{attachment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download Attachment */
        get: operations["download_attachment_news__article_id__attachments__attachment_id__get"];
        put?: never;
        post?: never;
        /** Remove Attachment */
        delete: operations["remove_attachment_news__article_id__attachments__attachment_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/news/{article_id}/{step}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take Step
         * @description submit (the writing unit), approve or reject (the Department's editors), withdraw.
         */
        post: operations["take_step_news__article_id___step__post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/announcements/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Inbox
         * @description What the account's unit has received, newest first, with its own standing (read, acknowledged).
         */
        get: operations["inbox_announcements_inbox_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/announcements/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Outbox
         * @description What units of the account's scope sent (and drafts), with how many have read and acknowledged.
         */
        get: operations["outbox_announcements_outbox_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/announcements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create
         * @description A draft to units below the sender (the Department: any unit); attach files, then send.
         */
        post: operations["create_announcements_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/announcements/{announcement_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get One */
        get: operations["get_one_announcements__announcement_id__get"];
        /** Update */
        put: operations["update_announcements__announcement_id__put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/announcements/{announcement_id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send */
        post: operations["send_announcements__announcement_id__send_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/announcements/{announcement_id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark Read
         * @description The receiving unit has opened it (the first reading is kept as the receipt).
         */
        post: operations["mark_read_announcements__announcement_id__read_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/announcements/{announcement_id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge
         * @description The receiving unit confirms it has received the announcement and will act on it.
         */
        post: operations["acknowledge_announcements__announcement_id__acknowledge_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/announcements/{announcement_id}/remind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remind
         * @description Remind every receiving unit that has not acknowledged yet.
         */
        post: operations["remind_announcements__announcement_id__remind_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/announcements/{announcement_id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add Attachment */
        post: operations["add_attachment_announcements__announcement_id__attachments_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/announcements/{announcement_id}/attachments/{attachment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download */
        get: operations["download_announcements__announcement_id__attachments__attachment_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/addressees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Addressees
         * @description Units and accounts this account may write to (its subtree, its parent chain, the Department; the
         *     Department: everyone) whose name matches, without diacritics.
         */
        get: operations["addressees_messages_addressees_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/unread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Unread */
        get: operations["unread_messages_unread_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/threads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Threads
         * @description The threads the account takes part in (written by it, to it, or to its unit), latest first.
         */
        get: operations["list_threads_messages_threads_get"];
        put?: never;
        /**
         * Start
         * @description A message to accounts and whole units: one thread per addressee.
         */
        post: operations["start_messages_threads_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/threads/{thread_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Thread */
        get: operations["get_thread_messages_threads__thread_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/threads/{thread_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reply */
        post: operations["reply_messages_threads__thread_id__messages_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/threads/{thread_id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark Read */
        post: operations["mark_read_messages_threads__thread_id__read_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/threads/{thread_id}/messages/{message_id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add Attachment
         * @description A file to one's own message, checked from its bytes like a record's documents.
         */
        post: operations["add_attachment_messages_threads__thread_id__messages__message_id__attachments_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/threads/{thread_id}/attachments/{attachment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download */
        get: operations["download_messages_threads__thread_id__attachments__attachment_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chat/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rooms
         * @description The account's unit room and its one-to-one rooms, with unread counts.
         */
        get: operations["rooms_chat_rooms_get"];
        put?: never;
        /**
         * Open Direct
         * @description The one-to-one room with an account within reach (the same room every time).
         */
        post: operations["open_direct_chat_rooms_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chat/rooms/{room_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** History */
        get: operations["history_chat_rooms__room_id__messages_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/presence/online": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Online
         * @description Accounts with an open connection now (the chat's WebSocket), in the account's units.
         */
        get: operations["online_presence_online_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Listing
         * @description What concerns the account and its unit, newest first, with how many are unread (of every kind);
         *     `kind` keeps one kind (rules.KINDS).
         */
        get: operations["listing_notifications_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/{notification_id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark Read */
        post: operations["mark_read_notifications__notification_id__read_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Preferences
         * @description Which kinds of notes also arrive by e-mail for the signed-in account (none until it chooses).
         */
        get: operations["get_preferences_notifications_preferences_get"];
        /** Put Preferences */
        put: operations["put_preferences_notifications_preferences_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** AcknowledgeIn */
        AcknowledgeIn: {
            /** Note */
            note?: string | null;
        };
        /** Addressee */
        Addressee: {
            /**
             * Kind
             * @enum {string}
             */
            kind: "unit" | "account";
            /** Key */
            key: string;
            /** Label */
            label: string;
            /** Unit Label */
            unit_label: string | null;
        };
        /** AnnouncementCreate */
        AnnouncementCreate: {
            /** Title */
            title: string;
            /**
             * Body Html
             * @description rich text; sanitised on input
             */
            body_html: string;
            /**
             * Due On
             * @description by when the receiving units acknowledge
             */
            due_on?: string | null;
            /** Recipient Unit Ids */
            recipient_unit_ids: string[];
            /**
             * Sender Unit Id
             * @description default: the account's unit
             */
            sender_unit_id?: string | null;
        };
        /** AnnouncementPage */
        AnnouncementPage: {
            /** Items */
            items: components["schemas"]["AnnouncementSummary"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
        };
        /** AnnouncementPublic */
        AnnouncementPublic: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Sender Unit Id */
            sender_unit_id: string;
            /** Sender Unit */
            sender_unit: string | null;
            /** Title */
            title: string;
            /** Due On */
            due_on: string | null;
            /** State */
            state: string;
            /** Sent At */
            sent_at: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Row Version */
            row_version: number;
            counts?: components["schemas"]["Counts"] | null;
            /** Recipient Unit Id */
            recipient_unit_id?: string | null;
            /** Standing */
            standing?: string | null;
            /** Reminded At */
            reminded_at?: string | null;
            /**
             * Overdue
             * @default false
             */
            overdue?: boolean;
            /** Body Html */
            body_html: string;
            /** Created By */
            created_by: string;
            /** Sent By */
            sent_by: string | null;
            /** Attachments */
            attachments: components["schemas"]["AttachmentPublic"][];
            /** Recipients */
            recipients: components["schemas"]["RecipientPublic"][];
            /** Is Sender */
            is_sender: boolean;
            /** Can Edit */
            can_edit: boolean;
            /** Can Acknowledge */
            can_acknowledge: boolean;
        };
        /** AnnouncementSummary */
        AnnouncementSummary: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Sender Unit Id */
            sender_unit_id: string;
            /** Sender Unit */
            sender_unit: string | null;
            /** Title */
            title: string;
            /** Due On */
            due_on: string | null;
            /** State */
            state: string;
            /** Sent At */
            sent_at: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Row Version */
            row_version: number;
            counts?: components["schemas"]["Counts"] | null;
            /** Recipient Unit Id */
            recipient_unit_id?: string | null;
            /** Standing */
            standing?: string | null;
            /** Reminded At */
            reminded_at?: string | null;
            /**
             * Overdue
             * @default false
             */
            overdue?: boolean;
        };
        /** AnnouncementUpdate */
        AnnouncementUpdate: {
            /** Title */
            title: string;
            /**
             * Body Html
             * @description rich text; sanitised on input
             */
            body_html: string;
            /**
             * Due On
             * @description by when the receiving units acknowledge
             */
            due_on?: string | null;
            /** Recipient Unit Ids */
            recipient_unit_ids: string[];
            /** Row Version */
            row_version: number;
        };
        /** AttachmentPublic */
        AttachmentPublic: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /** Content Type */
            content_type: string;
            /** Size */
            size: number;
        };
        /** AudienceUnit */
        AudienceUnit: {
            /** Unit Id */
            unit_id: string;
            /** Unit Name */
            unit_name: string | null;
        };
        /** Body_add_attachment_announcements__announcement_id__attachments_post */
        Body_add_attachment_announcements__announcement_id__attachments_post: {
            /**
             * File
             * @description PDF, JPEG, PNG, DOCX, XLSX
             */
            file: string;
        };
        /** Body_add_attachment_messages_threads__thread_id__messages__message_id__attachments_post */
        Body_add_attachment_messages_threads__thread_id__messages__message_id__attachments_post: {
            /**
             * File
             * @description PDF, JPEG, PNG, DOCX, XLSX
             */
            file: string;
        };
        /** Body_add_attachment_news__article_id__attachments_post */
        Body_add_attachment_news__article_id__attachments_post: {
            /**
             * File
             * @description PDF, JPEG, PNG, DOCX, XLSX
             */
            file: string;
        };
        /** Body_upload_cover_news__article_id__cover_put */
        Body_upload_cover_news__article_id__cover_put: {
            /**
             * File
             * @description JPEG or PNG
             */
            file: string;
        };
        /** Category */
        Category: {
            /** Code */
            code: string;
            /** Label */
            label: string;
        };
        /** ChatMessagePublic */
        ChatMessagePublic: {
            /** Seq */
            seq: number;
            /**
             * Room Id
             * Format: uuid
             */
            room_id: string;
            /** Sender Account Id */
            sender_account_id: string;
            /** Sender Username */
            sender_username: string;
            /** Sender Name */
            sender_name: string | null;
            /** Body */
            body: string;
            /** Client Id */
            client_id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
        };
        /** Counts */
        Counts: {
            /** Recipients */
            recipients: number;
            /** Read */
            read: number;
            /** Acknowledged */
            acknowledged: number;
        };
        /** DirectRoomIn */
        DirectRoomIn: {
            /**
             * Account Id
             * @description the other account (within reach)
             */
            account_id: string;
        };
        /** MessageIn */
        MessageIn: {
            /**
             * Body
             * @description plain text, at most 5000 characters
             */
            body: string;
        };
        /** MessagePublic */
        MessagePublic: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Sender Account Id */
            sender_account_id: string;
            /** Sender Username */
            sender_username: string;
            /** Sender Name */
            sender_name: string | null;
            /** Sender Unit Id */
            sender_unit_id: string;
            /** Body */
            body: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Mine */
            mine: boolean;
            /** Attachments */
            attachments: components["schemas"]["AttachmentPublic"][];
        };
        /** NewsCreate */
        NewsCreate: {
            /** Title */
            title: string;
            /**
             * Summary
             * @default
             */
            summary?: string;
            /**
             * Body Html
             * @description rich text; sanitised on input
             */
            body_html: string;
            /** Category */
            category: string;
            /**
             * Province Wide
             * @default true
             */
            province_wide?: boolean;
            /**
             * Audience Unit Ids
             * @description when not province-wide: these units and their subtrees
             */
            audience_unit_ids?: string[];
            /** Publish From */
            publish_from?: string | null;
            /** Publish Until */
            publish_until?: string | null;
            /**
             * Pinned
             * @default false
             */
            pinned?: boolean;
            /**
             * Unit Id
             * @description the writing unit (default: the account's)
             */
            unit_id?: string | null;
        };
        /** NewsPage */
        NewsPage: {
            /** Items */
            items: components["schemas"]["NewsSummary"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
        };
        /** NewsPublic */
        NewsPublic: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Unit Id */
            unit_id: string;
            /** Author Unit */
            author_unit: string | null;
            /** Category */
            category: string;
            /** Category Label */
            category_label: string;
            /** Title */
            title: string;
            /** Summary */
            summary: string;
            /** State */
            state: string;
            /** Province Wide */
            province_wide: boolean;
            /** Pinned */
            pinned: boolean;
            /** Has Cover */
            has_cover: boolean;
            /** Publish From */
            publish_from: string | null;
            /** Publish Until */
            publish_until: string | null;
            /** Published At */
            published_at: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Row Version */
            row_version: number;
            /** Body Html */
            body_html: string;
            /** Audience */
            audience: components["schemas"]["AudienceUnit"][];
            /** Attachments */
            attachments: components["schemas"]["AttachmentPublic"][];
            /** Created By */
            created_by: string;
            /** Decided By */
            decided_by: string | null;
            /** Reject Reason */
            reject_reason: string | null;
            /** Steps */
            steps: components["schemas"]["NewsStepPublic"][];
            /** Live */
            live: boolean;
            /** Can Edit */
            can_edit: boolean;
            /** Can Approve */
            can_approve: boolean;
        };
        /** NewsStepPublic */
        NewsStepPublic: {
            /** Step */
            step: string;
            /** State */
            state: string;
            /** By Username */
            by_username: string;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Note */
            note: string | null;
        };
        /** NewsSummary */
        NewsSummary: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Unit Id */
            unit_id: string;
            /** Author Unit */
            author_unit: string | null;
            /** Category */
            category: string;
            /** Category Label */
            category_label: string;
            /** Title */
            title: string;
            /** Summary */
            summary: string;
            /** State */
            state: string;
            /** Province Wide */
            province_wide: boolean;
            /** Pinned */
            pinned: boolean;
            /** Has Cover */
            has_cover: boolean;
            /** Publish From */
            publish_from: string | null;
            /** Publish Until */
            publish_until: string | null;
            /** Published At */
            published_at: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Row Version */
            row_version: number;
        };
        /** NewsUpdate */
        NewsUpdate: {
            /** Title */
            title: string;
            /**
             * Summary
             * @default
             */
            summary?: string;
            /**
             * Body Html
             * @description rich text; sanitised on input
             */
            body_html: string;
            /** Category */
            category: string;
            /**
             * Province Wide
             * @default true
             */
            province_wide?: boolean;
            /**
             * Audience Unit Ids
             * @description when not province-wide: these units and their subtrees
             */
            audience_unit_ids?: string[];
            /** Publish From */
            publish_from?: string | null;
            /** Publish Until */
            publish_until?: string | null;
            /**
             * Pinned
             * @default false
             */
            pinned?: boolean;
            /**
             * Row Version
             * @description the version the editor saw (409 if it moved on)
             */
            row_version: number;
        };
        /** NotificationPage */
        NotificationPage: {
            /** Items */
            items: components["schemas"]["NotificationPublic"][];
            /** Total */
            total: number;
            /** Unread */
            unread: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
        };
        /** NotificationPublic */
        NotificationPublic: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Unit Id */
            unit_id: string;
            /** Title */
            title: string;
            /** Link */
            link: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Read */
            read: boolean;
        };
        /** OnlinePublic */
        OnlinePublic: {
            /** Account Id */
            account_id: string;
            /** Username */
            username: string;
            /** Name */
            name: string | null;
            /** Unit Id */
            unit_id: string;
            /** Unit Name */
            unit_name: string;
            /**
             * Seen At
             * Format: date-time
             */
            seen_at: string;
        };
        /** PreferencesPublic */
        PreferencesPublic: {
            /** Email */
            email: string | null;
            /** Email Kinds */
            email_kinds: string[];
            /** Kinds */
            kinds: string[];
        };
        /** PreferencesUpdate */
        PreferencesUpdate: {
            /** Email */
            email?: string | null;
            /**
             * Email Kinds
             * @default []
             */
            email_kinds?: string[];
        };
        /** RecipientPublic */
        RecipientPublic: {
            /** Unit Id */
            unit_id: string;
            /** Unit Name */
            unit_name: string | null;
            /** Standing */
            standing: string;
            /** Read At */
            read_at: string | null;
            /** Read By */
            read_by: string | null;
            /** Acknowledged At */
            acknowledged_at: string | null;
            /** Acknowledged By */
            acknowledged_by: string | null;
            /** Acknowledge Note */
            acknowledge_note: string | null;
            /** Reminded At */
            reminded_at: string | null;
            /** Reminders */
            reminders: number;
            /** Overdue */
            overdue: boolean;
        };
        /** RemindResult */
        RemindResult: {
            /** Reminded */
            reminded: number;
        };
        /** RoomPublic */
        RoomPublic: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Label */
            label: string;
            /** With Account Id */
            with_account_id: string | null;
            /** Room Unit Id */
            room_unit_id: string;
            /** Room Unit */
            room_unit: string | null;
            /** Last Seq */
            last_seq: number;
            /** Read Seq */
            read_seq: number;
            /** Unread */
            unread: number;
        };
        /** StepIn */
        StepIn: {
            /** Row Version */
            row_version?: number | null;
            /**
             * Reason
             * @description required to reject
             */
            reason?: string | null;
        };
        /** ThreadCreate */
        ThreadCreate: {
            /**
             * Body
             * @description plain text, at most 5000 characters
             */
            body: string;
            /** Subject */
            subject: string;
            /**
             * To Unit Ids
             * @description whole units
             */
            to_unit_ids?: string[];
            /**
             * To Account Ids
             * @description accounts
             */
            to_account_ids?: string[];
        };
        /** ThreadPage */
        ThreadPage: {
            /** Items */
            items: components["schemas"]["ThreadSummary"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
        };
        /** ThreadPublic */
        ThreadPublic: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Subject */
            subject: string;
            /** From Account Id */
            from_account_id: string;
            /** From Username */
            from_username: string;
            /** From Name */
            from_name: string | null;
            /** From Unit Id */
            from_unit_id: string;
            /** From Unit */
            from_unit: string | null;
            /** To Unit Id */
            to_unit_id: string;
            /** To Unit */
            to_unit: string | null;
            /** To Account Id */
            to_account_id: string | null;
            /** To Username */
            to_username: string | null;
            /** To Name */
            to_name: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Last Message At
             * Format: date-time
             */
            last_message_at: string;
            /** Last Preview */
            last_preview: string;
            /** Messages */
            messages: number;
            /** Unread */
            unread: number;
            /** Items */
            items: components["schemas"]["MessagePublic"][];
        };
        /** ThreadSummary */
        ThreadSummary: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Subject */
            subject: string;
            /** From Account Id */
            from_account_id: string;
            /** From Username */
            from_username: string;
            /** From Name */
            from_name: string | null;
            /** From Unit Id */
            from_unit_id: string;
            /** From Unit */
            from_unit: string | null;
            /** To Unit Id */
            to_unit_id: string;
            /** To Unit */
            to_unit: string | null;
            /** To Account Id */
            to_account_id: string | null;
            /** To Username */
            to_username: string | null;
            /** To Name */
            to_name: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Last Message At
             * Format: date-time
             */
            last_message_at: string;
            /** Last Preview */
            last_preview: string;
            /** Messages */
            messages: number;
            /** Unread */
            unread: number;
        };
        /** Unread */
        Unread: {
            /** Threads */
            threads: number;
            /** Messages */
            messages: number;
        };
        /**
         * Error
         * @description Every refusal, whatever its status: the code a client may branch on, the text in the language asked for, and the fields concerned.
         */
        Error: {
            /** Error */
            error: string;
            /** Message */
            message: string;
            /** Fields */
            fields: components["schemas"]["ErrorField"][];
        };
        /** ErrorField */
        ErrorField: {
            /** Field */
            field: string;
            /** Code */
            code: string;
            /** Message */
            message: string;
        };
    };
    responses: {
        /** @description Invalid input: the fields say which and why */
        InvalidInput: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Refused: the status and the error code say why */
        Refused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    whoami_whoami_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    categories_news_categories_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Category"][];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    atom_feed_news_feed_atom_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": unknown;
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    list_news_news_get: {
        parameters: {
            query?: {
                /** @description words, with or without diacritics */
                q?: string | null;
                category?: string | null;
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewsPage"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    create_news_news_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewsCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewsPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    editorial_news_editorial_get: {
        parameters: {
            query?: {
                /** @description open: drafts, pending and rejected */
                state?: "open" | "draft" | "pending" | "published" | "rejected" | "withdrawn" | "all";
                unit_id?: string | null;
                q?: string | null;
                category?: string | null;
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewsPage"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    get_news_news__article_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                article_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewsPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    update_news_news__article_id__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                article_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewsUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewsPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    get_cover_news__article_id__cover_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                article_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    upload_cover_news__article_id__cover_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                article_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_upload_cover_news__article_id__cover_put"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewsPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    add_attachment_news__article_id__attachments_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                article_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_add_attachment_news__article_id__attachments_post"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewsPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    download_attachment_news__article_id__attachments__attachment_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                article_id: string;
                attachment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    remove_attachment_news__article_id__attachments__attachment_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                article_id: string;
                attachment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewsPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    take_step_news__article_id___step__post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                article_id: string;
                step: "submit" | "approve" | "reject" | "withdraw";
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["StepIn"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewsPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    inbox_announcements_inbox_get: {
        parameters: {
            query?: {
                box?: "all" | "unread" | "unacknowledged";
                q?: string | null;
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnouncementPage"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    outbox_announcements_outbox_get: {
        parameters: {
            query?: {
                unit_id?: string | null;
                q?: string | null;
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnouncementPage"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    create_announcements_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnnouncementCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnouncementPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    get_one_announcements__announcement_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                announcement_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnouncementPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    update_announcements__announcement_id__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                announcement_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnnouncementUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnouncementPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    send_announcements__announcement_id__send_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                announcement_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnouncementPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    mark_read_announcements__announcement_id__read_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                announcement_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnouncementPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    acknowledge_announcements__announcement_id__acknowledge_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                announcement_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AcknowledgeIn"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnouncementPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    remind_announcements__announcement_id__remind_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                announcement_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemindResult"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    add_attachment_announcements__announcement_id__attachments_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                announcement_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_add_attachment_announcements__announcement_id__attachments_post"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnouncementPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    download_announcements__announcement_id__attachments__attachment_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                announcement_id: string;
                attachment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    addressees_messages_addressees_get: {
        parameters: {
            query: {
                /** @description words of a name */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Addressee"][];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    unread_messages_unread_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unread"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    list_threads_messages_threads_get: {
        parameters: {
            query?: {
                box?: "all" | "unread";
                q?: string | null;
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadPage"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    start_messages_threads_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ThreadCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadPublic"][];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    get_thread_messages_threads__thread_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                thread_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    reply_messages_threads__thread_id__messages_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                thread_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    mark_read_messages_threads__thread_id__read_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                thread_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    add_attachment_messages_threads__thread_id__messages__message_id__attachments_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                thread_id: string;
                message_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_add_attachment_messages_threads__thread_id__messages__message_id__attachments_post"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    download_messages_threads__thread_id__attachments__attachment_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                thread_id: string;
                attachment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    rooms_chat_rooms_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomPublic"][];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    open_direct_chat_rooms_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DirectRoomIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    history_chat_rooms__room_id__messages_get: {
        parameters: {
            query?: {
                before_seq?: number | null;
                limit?: number;
            };
            header?: never;
            path: {
                room_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatMessagePublic"][];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    online_presence_online_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnlinePublic"][];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    listing_notifications_get: {
        parameters: {
            query?: {
                box?: "all" | "unread";
                kind?: string | null;
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    mark_read_notifications__notification_id__read_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                notification_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: boolean;
                    };
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    get_preferences_notifications_preferences_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreferencesPublic"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    put_preferences_notifications_preferences_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreferencesUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreferencesPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
}
