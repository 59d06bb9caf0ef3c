// GENERATED from openapi/identity.json by scripts/gen-api.mjs (openapi-typescript): do not edit.
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
    "/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Accounts
         * @description Accounts of the caller's scope with unit, roles, status and last sign-in.
         */
        get: operations["list_accounts_accounts_get"];
        put?: never;
        /** Create Account */
        post: operations["create_account_accounts_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Account */
        get: operations["get_account_accounts__account_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set Roles
         * @description The account's roles, replaced; `row_version` is the account's version the administrator read
         *     (409 account.stale if another change came first, nothing changed).
         */
        put: operations["set_roles_accounts__account_id__roles_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lock Account */
        post: operations["lock_account_accounts__account_id__lock_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unlock Account */
        post: operations["unlock_account_accounts__account_id__unlock_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset Password */
        post: operations["reset_password_accounts__account_id__password_reset_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pending Requests
         * @description Requests waiting for a second administrator, oldest first.
         */
        get: operations["pending_requests_account_requests_get"];
        put?: never;
        /**
         * Request Action
         * @description Ask a second administrator to unlock an administrator's account, reset its password or remove its
         *     authenticator app (second_factor: a lost phone; the next sign-in sets up a new one).
         */
        post: operations["request_action_account_requests_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account-requests/{request_id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm Request
         * @description The second administrator carries the action out (never the one who asked, nor the account itself).
         */
        post: operations["confirm_request_account_requests__request_id__confirm_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account-requests/{request_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel Request */
        post: operations["cancel_request_account_requests__request_id__cancel_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search Audit
         * @description Who did what to which record, when, from where, across every service (Sở Nội vụ only).
         */
        get: operations["search_audit_audit_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify Audit
         * @description Check every audit chain identity holds; each report names the first broken link, if any.
         */
        get: operations["verify_audit_audit_verify_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/online": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Online
         * @description Accounts of the caller's scope with a live session in the web client.
         */
        get: operations["online_online_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operations/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Health
         * @description Services and servers, consumer lag, outbox backlog, dead letters waiting, backups, the last restore
         *     rehearsal, audit chains and the active alerts, as Prometheus and Kafka see them now.
         */
        get: operations["get_health_operations_health_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operations/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Dead Letters
         * @description The dead-lettered events waiting for a replay, in order, with the error that stopped them.
         */
        get: operations["list_dead_letters_operations_dead_letters_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operations/dead-letters/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay Dead Letter
         * @description Send one waiting event (the first of its partition) back to its topic, once its cause is fixed.
         */
        post: operations["replay_dead_letter_operations_dead_letters_replay_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operations/dead-letters/replay-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay All Dead Letters
         * @description Send every waiting event (of one dead-letter topic, or of all) back to its topic, in order.
         */
        post: operations["replay_all_dead_letters_operations_dead_letters_replay_all_post"];
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
        /** AccountCreate */
        AccountCreate: {
            /** Username */
            username: string;
            /** Unit Id */
            unit_id: string;
            /** Roles */
            roles: string[];
            /** Full Name */
            full_name?: string | null;
            /** Email */
            email?: string | null;
            /** Password */
            password?: string | null;
            /** Additional Reason */
            additional_reason?: string | null;
        };
        /** AccountCreated */
        AccountCreated: {
            account: components["schemas"]["AccountPublic"];
            /** Temporary Password */
            temporary_password: string;
        };
        /** AccountLock */
        AccountLock: {
            /** Reason */
            reason: string;
        };
        /** AccountPublic */
        AccountPublic: {
            /** Account Id */
            account_id: string;
            /** Username */
            username: string;
            /** Unit Id */
            unit_id: string;
            /** Unit Name */
            unit_name?: string | null;
            /** Roles */
            roles: string[];
            /** Enabled */
            enabled: boolean;
            /** Status */
            status: string;
            /** Full Name */
            full_name: string | null;
            /** Email */
            email: string | null;
            /** Lock Reason */
            lock_reason: string | null;
            /** Locked At */
            locked_at: string | null;
            /** Last Sign In At */
            last_sign_in_at: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Row Version */
            row_version: number;
        };
        /** AccountRequestCreate */
        AccountRequestCreate: {
            /** Account Id */
            account_id: string;
            /**
             * Action
             * @enum {string}
             */
            action: "unlock" | "reset" | "second_factor";
            /** Reason */
            reason: string;
        };
        /** AccountRequestDone */
        AccountRequestDone: {
            request: components["schemas"]["AccountRequestPublic"];
            account: components["schemas"]["AccountPublic"];
            /** Temporary Password */
            temporary_password?: string | null;
        };
        /** AccountRequestPublic */
        AccountRequestPublic: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Account Id */
            account_id: string;
            /** Username */
            username?: string | null;
            /** Action */
            action: string;
            /** Reason */
            reason: string;
            /** State */
            state: string;
            /** Requested By Username */
            requested_by_username: string;
            /**
             * Requested At
             * Format: date-time
             */
            requested_at: string;
            /** Decided By Username */
            decided_by_username: string | null;
            /** Decided At */
            decided_at: string | null;
        };
        /** AccountRolesUpdate */
        AccountRolesUpdate: {
            /** Roles */
            roles: string[];
            /**
             * Row Version
             * @description the account's version the administrator read (409 if it moved on)
             */
            row_version: number;
        };
        /** AccountsPublic */
        AccountsPublic: {
            /** Data */
            data: components["schemas"]["AccountPublic"][];
            /** Count */
            count: number;
        };
        /** AlertPublic */
        AlertPublic: {
            /** Name */
            name: string;
            /** Severity */
            severity: string | null;
            /** State */
            state: string;
            /** Since */
            since: string | null;
            /** Summary */
            summary: string | null;
        };
        /** AuditChainPublic */
        AuditChainPublic: {
            /** Service */
            service: string;
            /** Ok */
            ok: boolean | null;
            /** First Broken Seq */
            first_broken_seq: number | null;
            /** Verified At */
            verified_at: string | null;
            /**
             * State
             * @enum {string}
             */
            state: "ok" | "warning" | "down" | "unknown";
        };
        /** AuditRecordPublic */
        AuditRecordPublic: {
            /** Service */
            service: string;
            /** Seq */
            seq: number;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Actor */
            actor: string;
            /** Actor Username */
            actor_username: string;
            /** Actor Unit Id */
            actor_unit_id: string | null;
            /** Client Address */
            client_address: string | null;
            /** Action */
            action: string;
            /** Resource Type */
            resource_type: string;
            /** Resource Id */
            resource_id: string | null;
            /** Unit Id */
            unit_id: string | null;
            /** Detail */
            detail: {
                [key: string]: unknown;
            };
            /** Hash */
            hash: string;
        };
        /** AuditRecordsPublic */
        AuditRecordsPublic: {
            /** Data */
            data: components["schemas"]["AuditRecordPublic"][];
            /** Count */
            count: number;
        };
        /** BackupPublic */
        BackupPublic: {
            /** Kind */
            kind: string;
            /** Last Success At */
            last_success_at: string | null;
            /** Max Age Seconds */
            max_age_seconds: number | null;
            /** Size Bytes */
            size_bytes?: number | null;
            /**
             * State
             * @enum {string}
             */
            state: "ok" | "warning" | "down" | "unknown";
        };
        /** ChainReportPublic */
        ChainReportPublic: {
            /** Chain */
            chain: string;
            /** Entries */
            entries: number;
            /** Ok */
            ok: boolean;
            /** Broken Seq */
            broken_seq: number | null;
            /** Reason */
            reason: string | null;
        };
        /** ComponentPublic */
        ComponentPublic: {
            /** Name */
            name: string;
            /** Kind */
            kind: string;
            /**
             * State
             * @enum {string}
             */
            state: "ok" | "warning" | "down" | "unknown";
            /** Detail */
            detail?: string | null;
        };
        /** ConsumerLagPublic */
        ConsumerLagPublic: {
            /** Group */
            group: string;
            /** Topic */
            topic: string;
            /** Lag */
            lag: number;
            /**
             * State
             * @enum {string}
             */
            state: "ok" | "warning" | "down" | "unknown";
        };
        /** DeadLetterPublic */
        DeadLetterPublic: {
            /**
             * Ref
             * @description topic/partition@offset
             */
            ref: string;
            /** Topic */
            topic: string;
            /** Partition */
            partition: number;
            /** Offset */
            offset: number;
            /** Original Topic */
            original_topic: string;
            /** Consumer */
            consumer: string | null;
            /** Error Type */
            error_type: string | null;
            /** Error */
            error: string | null;
            /** Attempts */
            attempts: number | null;
            /** Event Id */
            event_id: string | null;
            /** Event Type */
            event_type: string | null;
            /** Event Time */
            event_time: string | null;
            /** Source */
            source: string | null;
            /** Dead Lettered At */
            dead_lettered_at: string | null;
            /** Replay Of */
            replay_of: string | null;
            /**
             * Replayable Alone
             * @description the first waiting event of its partition: it may be replayed alone
             */
            replayable_alone: boolean;
        };
        /** DeadLetterTopicPublic */
        DeadLetterTopicPublic: {
            /** Topic */
            topic: string;
            /** Pending */
            pending: number;
        };
        /** DeadLettersPublic */
        DeadLettersPublic: {
            /** Data */
            data: components["schemas"]["DeadLetterPublic"][];
            /** Count */
            count: number;
        };
        /** HealthPublic */
        HealthPublic: {
            /**
             * Checked At
             * Format: date-time
             */
            checked_at: string;
            /**
             * State
             * @enum {string}
             */
            state: "ok" | "warning" | "down" | "unknown";
            /** Prometheus Ok */
            prometheus_ok: boolean;
            /** Prometheus Error */
            prometheus_error?: string | null;
            /** Kafka Ok */
            kafka_ok: boolean;
            /** Components */
            components: components["schemas"]["ComponentPublic"][];
            /** Consumer Lag */
            consumer_lag: components["schemas"]["ConsumerLagPublic"][];
            /** Outbox */
            outbox: components["schemas"]["OutboxPublic"][];
            /** Dead Letters */
            dead_letters: components["schemas"]["DeadLetterTopicPublic"][];
            /** Dead Letters Pending */
            dead_letters_pending: number;
            /** Backups */
            backups: components["schemas"]["BackupPublic"][];
            restore_rehearsal: components["schemas"]["RehearsalPublic"];
            /** Audit Chains */
            audit_chains: components["schemas"]["AuditChainPublic"][];
            /** Alerts */
            alerts: components["schemas"]["AlertPublic"][];
        };
        /** OnlineAccount */
        OnlineAccount: {
            /** Account Id */
            account_id: string;
            /** Username */
            username: string;
            /** Full Name */
            full_name: string | null;
            /** Unit Id */
            unit_id: string;
            /** Unit Name */
            unit_name: string | null;
            /** Signed In At */
            signed_in_at: string | null;
            /** Last Access At */
            last_access_at: string | null;
        };
        /** OnlinePublic */
        OnlinePublic: {
            /** Data */
            data: components["schemas"]["OnlineAccount"][];
            /** Count */
            count: number;
        };
        /** OutboxPublic */
        OutboxPublic: {
            /** Service */
            service: string;
            /** Unpublished */
            unpublished: number;
            /** Parked */
            parked: number;
            /** Oldest Age Seconds */
            oldest_age_seconds: number;
            /**
             * State
             * @enum {string}
             */
            state: "ok" | "warning" | "down" | "unknown";
        };
        /** PasswordReset */
        PasswordReset: {
            /** Account Id */
            account_id: string;
            /** Temporary Password */
            temporary_password: string;
        };
        /** RehearsalPublic */
        RehearsalPublic: {
            /** Last Success At */
            last_success_at: string | null;
            /**
             * State
             * @enum {string}
             */
            state: "ok" | "warning" | "down" | "unknown";
        };
        /** ReplayAll */
        ReplayAll: {
            /**
             * Topic
             * @description one dead-letter topic; all without it
             */
            topic?: string | null;
        };
        /** ReplayOne */
        ReplayOne: {
            /** Topic */
            topic: string;
            /** Partition */
            partition: number;
            /** Offset */
            offset: number;
        };
        /** ReplayResult */
        ReplayResult: {
            /** Replayed */
            replayed: components["schemas"]["ReplayedPublic"][];
            /** Count */
            count: number;
        };
        /** ReplayedPublic */
        ReplayedPublic: {
            /** Ref */
            ref: string;
            /** To */
            to: string;
            /** Event Type */
            event_type: string | null;
            /** Error Was */
            error_was: string | null;
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
    list_accounts_accounts_get: {
        parameters: {
            query?: {
                unit_id?: string | null;
                q?: string | null;
                status?: ("active" | "locked") | null;
                limit?: number;
                offset?: number;
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
                    "application/json": components["schemas"]["AccountsPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    create_account_accounts_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountCreated"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    get_account_accounts__account_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
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
                    "application/json": components["schemas"]["AccountPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    set_roles_accounts__account_id__roles_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountRolesUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    lock_account_accounts__account_id__lock_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountLock"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    unlock_account_accounts__account_id__unlock_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountLock"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    reset_password_accounts__account_id__password_reset_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
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
                    "application/json": components["schemas"]["PasswordReset"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    pending_requests_account_requests_get: {
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
                    "application/json": components["schemas"]["AccountRequestPublic"][];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    request_action_account_requests_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountRequestCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountRequestPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    confirm_request_account_requests__request_id__confirm_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                request_id: string;
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
                    "application/json": components["schemas"]["AccountRequestDone"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    cancel_request_account_requests__request_id__cancel_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                request_id: string;
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
                    "application/json": components["schemas"]["AccountRequestPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    search_audit_audit_get: {
        parameters: {
            query?: {
                /** @description the record, e.g. a person's id */
                resource_id?: string | null;
                /** @description account id or username */
                actor?: string | null;
                unit_id?: string | null;
                include_subunits?: boolean;
                service?: string | null;
                action?: string | null;
                from?: string | null;
                to?: string | null;
                limit?: number;
                offset?: number;
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
                    "application/json": components["schemas"]["AuditRecordsPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    verify_audit_audit_verify_get: {
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
                    "application/json": components["schemas"]["ChainReportPublic"][];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    online_online_get: {
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
                    "application/json": components["schemas"]["OnlinePublic"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    get_health_operations_health_get: {
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
                    "application/json": components["schemas"]["HealthPublic"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    list_dead_letters_operations_dead_letters_get: {
        parameters: {
            query?: {
                limit?: number;
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
                    "application/json": components["schemas"]["DeadLettersPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    replay_dead_letter_operations_dead_letters_replay_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplayOne"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplayResult"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    replay_all_dead_letters_operations_dead_letters_replay_all_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplayAll"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplayResult"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
}
