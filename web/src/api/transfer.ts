// GENERATED from openapi/transfer.json by scripts/gen-api.mjs (openapi-typescript): do not edit.
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
    "/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Cases
         * @description A unit's inbox (cases it receives) or outbox (cases it sends), with the next due date of each.
         */
        get: operations["list_cases_cases_get"];
        put?: never;
        /**
         * Create Case
         * @description Open a case (a draft) for a decision that moves, seconds, receives or releases a person.
         */
        post: operations["create_case_cases_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{case_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Case */
        get: operations["get_case_cases__case_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{case_id}/{step}": {
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
         * @description send (the sender hands the dossier over), accept or reject (the receiver), forward (the receiver
         *     places the person in the employing sub-unit), complete (a move inside the unit, leaving, an
         *     arrival), cancel (the sender, before acceptance).
         */
        post: operations["take_step_cases__case_id___step__post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{case_id}/decision-document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download Decision */
        get: operations["download_decision_cases__case_id__decision_document_get"];
        /**
         * Upload Decision
         * @description The scanned decision (PDF, JPEG or PNG, checked from its bytes), kept in S3.
         */
        put: operations["upload_decision_cases__case_id__decision_document_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/obligations/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Due
         * @description Open obligations of the unit and its subunits (the account's scope), the soonest due first.
         */
        get: operations["due_obligations_due_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/working-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Working Days
         * @description The day on which a period of `count` working days, starting the day after `from`, ends.
         */
        get: operations["working_days_calendar_working_days_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/days/{day}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Day
         * @description Whether state agencies work on `day`, and why (weekend, a holiday and its name, a make-up day).
         */
        get: operations["day_calendar_days__day__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/deadline-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Rules
         * @description Every rule, old ones too: each obligation is judged by the rule in force on its own date.
         */
        get: operations["list_rules_deadline_rules_get"];
        put?: never;
        /**
         * Add Rule
         * @description A newer rule for an obligation, from its valid_from; the rule before it ends the day before.
         */
        post: operations["add_rule_deadline_rules_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/timeliness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Timeliness
         * @description Per unit: obligations due in the period, on time, late, open past due; ranked by share on time.
         */
        get: operations["timeliness_timeliness_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/timeliness/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Overdue
         * @description Every open obligation past its due date, the longest overdue first, with the working days since.
         */
        get: operations["overdue_timeliness_overdue_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/timeliness/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export
         * @description The report as an Excel file, Vietnamese headers.
         */
        get: operations["export_timeliness_export_xlsx_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search Units
         * @description Units a case may be addressed to, found by code or name (diacritics optional).
         */
        get: operations["search_units_units_get"];
        put?: never;
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
        /** Body_upload_decision_cases__case_id__decision_document_put */
        Body_upload_decision_cases__case_id__decision_document_put: {
            /**
             * File
             * @description the signed decision
             */
            file: string;
        };
        /** CaseCreate */
        CaseCreate: {
            /** Decision Number */
            decision_number: string;
            /**
             * Decision Signed On
             * Format: date
             */
            decision_signed_on: string;
            /**
             * Effective On
             * Format: date
             */
            effective_on: string;
            /** Signer */
            signer?: string | null;
            /**
             * Kind
             * @description internal_move | transfer | rotation | secondment | arrival | leaving
             */
            kind: string;
            /**
             * Person Id
             * @description everyone but an arrival
             */
            person_id?: string | null;
            /** To Unit Id */
            to_unit_id?: string | null;
            /** To Sub Unit Id */
            to_sub_unit_id?: string | null;
            /** Return On */
            return_on?: string | null;
            /** Leaving Form */
            leaving_form?: string | null;
            /** Outside Organisation */
            outside_organisation?: string | null;
            /** Full Name */
            full_name?: string | null;
            /** Personal Id Number */
            personal_id_number?: string | null;
            /** Birth Date */
            birth_date?: string | null;
            /** Note */
            note?: string | null;
        };
        /** CasePublic */
        CasePublic: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** State */
            state: string;
            /** Person Id */
            person_id: string | null;
            /** Full Name */
            full_name: string;
            /** Personal Id Number */
            personal_id_number: string | null;
            /** From Unit Id */
            from_unit_id: string | null;
            /** From Unit Name */
            from_unit_name?: string | null;
            /** To Unit Id */
            to_unit_id: string | null;
            /** To Unit Name */
            to_unit_name?: string | null;
            /** To Sub Unit Id */
            to_sub_unit_id: string | null;
            /** Outside Organisation */
            outside_organisation: string | null;
            /** Return On */
            return_on: string | null;
            /** Leaving Form */
            leaving_form: string | null;
            /** Decision Number */
            decision_number: string;
            /**
             * Decision Signed On
             * Format: date
             */
            decision_signed_on: string;
            /**
             * Effective On
             * Format: date
             */
            effective_on: string;
            /** Signer */
            signer: string | null;
            /** Decision Document Name */
            decision_document_name: string | null;
            /** Reject Reason */
            reject_reason: string | null;
            /** Note */
            note: string | null;
            /** Created By */
            created_by: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Row Version */
            row_version: number;
            /** Next Due On */
            next_due_on?: string | null;
            /** Next Days Left */
            next_days_left?: number | null;
            /**
             * Overdue
             * @default false
             */
            overdue?: boolean;
            /**
             * Steps Open
             * @default []
             */
            steps_open?: string[];
            /**
             * Steps
             * @default []
             */
            steps?: components["schemas"]["StepPublic"][];
            /**
             * Obligations
             * @default []
             */
            obligations?: components["schemas"]["ObligationPublic"][];
            /**
             * Moves Applied
             * @default 0
             */
            moves_applied?: number;
            /**
             * Moves Total
             * @default 0
             */
            moves_total?: number;
        };
        /** CasesPublic */
        CasesPublic: {
            /** Items */
            items: components["schemas"]["CasePublic"][];
            /** Total */
            total: number;
        };
        /** Day */
        Day: {
            /**
             * Date
             * Format: date
             */
            date: string;
            /** Working Day */
            working_day: boolean;
            /**
             * Reason
             * @description working_day; weekend; holiday (a statutory or announced day off); make_up_day (a rest day announced as worked)
             * @enum {string}
             */
            reason: "working_day" | "weekend" | "holiday" | "make_up_day";
            /**
             * Name
             * @description the holiday's or the make-up day's name, in Vietnamese
             */
            name: string | null;
        };
        /** DueItem */
        DueItem: {
            /** Kind */
            kind: string;
            /** Label */
            label: string;
            /** Label En */
            label_en: string;
            /** Unit Id */
            unit_id: string;
            /** Person Id */
            person_id: string | null;
            /** Case Id */
            case_id: string | null;
            /** Full Name */
            full_name: string;
            /**
             * Due Date
             * Format: date
             */
            due_date: string;
            /** Days Left */
            days_left: number;
            /** Overdue */
            overdue: boolean;
            /** Legal Basis */
            legal_basis: string;
        };
        /** DuePage */
        DuePage: {
            /** Items */
            items: components["schemas"]["DueItem"][];
            /** Total */
            total: number;
        };
        /** ObligationPublic */
        ObligationPublic: {
            /** Kind */
            kind: string;
            /** Unit Id */
            unit_id: string;
            /** Label */
            label: string;
            /**
             * Trigger On
             * Format: date
             */
            trigger_on: string;
            /**
             * Due On
             * Format: date
             */
            due_on: string;
            /** Working Days */
            working_days: number;
            /** Legal Basis */
            legal_basis: string;
            /** Done At */
            done_at: string | null;
            /**
             * Days Left
             * @description working days from today to the due date (negative: overdue)
             */
            days_left: number | null;
            /** Late */
            late: boolean;
        };
        /** OverdueItem */
        OverdueItem: {
            /**
             * Obligation Id
             * Format: uuid
             */
            obligation_id: string;
            /** Kind */
            kind: string;
            /** Kind Name */
            kind_name: string;
            /** Unit Id */
            unit_id: string;
            /** Unit Name */
            unit_name: string | null;
            /** Label */
            label: string;
            /** Person Id */
            person_id: string | null;
            /** Case Id */
            case_id: string | null;
            /**
             * Trigger On
             * Format: date
             */
            trigger_on: string;
            /**
             * Due On
             * Format: date
             */
            due_on: string;
            /**
             * Working Days Overdue
             * @description working days passed since the due date, today included
             */
            working_days_overdue: number;
            /** Legal Basis */
            legal_basis: string;
        };
        /** RuleCreate */
        RuleCreate: {
            /**
             * Obligation
             * @description new_record, decision_update, internal_move, transfer_handover, transfer_receive, status_change, electronic_dossier
             */
            obligation: string;
            /** Working Days */
            working_days: number;
            /**
             * Valid From
             * Format: date
             */
            valid_from: string;
            /** Legal Basis */
            legal_basis: string;
            /** Note */
            note?: string | null;
        };
        /** RulePublic */
        RulePublic: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Obligation */
            obligation: string;
            /** Obligation Name */
            obligation_name: string;
            /** Working Days */
            working_days: number;
            /**
             * Valid From
             * Format: date
             */
            valid_from: string;
            /** Valid To */
            valid_to: string | null;
            /** Legal Basis */
            legal_basis: string;
            /** Note */
            note: string | null;
            /** Created By */
            created_by: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
        };
        /** StepIn */
        StepIn: {
            /**
             * Row Version
             * @description the case version the user saw (409 if it moved on)
             */
            row_version?: number | null;
            /** Note */
            note?: string | null;
            /**
             * Reason
             * @description required to reject
             */
            reason?: string | null;
            /**
             * To Sub Unit Id
             * @description forward: the employing sub-unit
             */
            to_sub_unit_id?: string | null;
        };
        /** StepPublic */
        StepPublic: {
            /** Step */
            step: string;
            /** State */
            state: string;
            /** By Username */
            by_username: string;
            /** By Unit Id */
            by_unit_id: string | null;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Note */
            note: string | null;
        };
        /** TimelinessReport */
        TimelinessReport: {
            /**
             * Period From
             * Format: date
             */
            period_from: string;
            /**
             * Period To
             * Format: date
             */
            period_to: string;
            /** Units */
            units: components["schemas"]["UnitTimeliness"][];
            /** Due */
            due: number;
            /** On Time */
            on_time: number;
            /** Late */
            late: number;
            /** Open Overdue */
            open_overdue: number;
            /** Share On Time */
            share_on_time: number | null;
        };
        /** UnitChoice */
        UnitChoice: {
            /** Unit Id */
            unit_id: string;
            /** Name */
            name: string;
            /** Path Names */
            path_names: string[];
        };
        /** UnitTimeliness */
        UnitTimeliness: {
            /**
             * Rank
             * @description 1 = best share on time; units with the same share share the rank
             */
            rank: number;
            /** Unit Id */
            unit_id: string;
            /** Unit Name */
            unit_name: string | null;
            /**
             * Due
             * @description obligations falling due in the period
             */
            due: number;
            /**
             * On Time
             * @description done by their due date
             */
            on_time: number;
            /**
             * Late
             * @description done after their due date
             */
            late: number;
            /**
             * Open Overdue
             * @description not done, due date passed
             */
            open_overdue: number;
            /**
             * Open Not Due
             * @description not done, due date not yet passed
             */
            open_not_due: number;
            /**
             * Share On Time
             * @description on_time / (on_time + late + open_overdue), 0..1; null if nothing due in the period can be judged yet
             */
            share_on_time: number | null;
            /**
             * Kinds
             * @description obligations due, by kind
             */
            kinds: {
                [key: string]: number;
            };
        };
        /** WorkingDaysEnd */
        WorkingDaysEnd: {
            /**
             * From
             * Format: date
             * @description the triggering day (not counted)
             */
            from: string;
            /**
             * Count
             * @description working days in the period
             */
            count: number;
            /**
             * Date
             * Format: date
             * @description the day on which a period of `count` working days that starts the day after `from` ends
             */
            date: string;
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
    list_cases_cases_get: {
        parameters: {
            query?: {
                box?: "incoming" | "outgoing" | "all";
                unit_id?: string | null;
                /** @description a state, or open */
                state?: string | null;
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
                    "application/json": components["schemas"]["CasesPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    create_case_cases_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasePublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    get_case_cases__case_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
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
                    "application/json": components["schemas"]["CasePublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    take_step_cases__case_id___step__post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
                step: "send" | "accept" | "reject" | "forward" | "complete" | "cancel";
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
                    "application/json": components["schemas"]["CasePublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    download_decision_cases__case_id__decision_document_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
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
    upload_decision_cases__case_id__decision_document_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_upload_decision_cases__case_id__decision_document_put"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasePublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    due_obligations_due_get: {
        parameters: {
            query?: {
                unit_id?: string | null;
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
                    "application/json": components["schemas"]["DuePage"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    working_days_calendar_working_days_get: {
        parameters: {
            query: {
                /** @description YYYY-MM-DD, the triggering day */
                from: string;
                /** @description working days */
                count: number;
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
                    "application/json": components["schemas"]["WorkingDaysEnd"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    day_calendar_days__day__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description YYYY-MM-DD */
                day: string;
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
                    "application/json": components["schemas"]["Day"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    list_rules_deadline_rules_get: {
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
                    "application/json": components["schemas"]["RulePublic"][];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    add_rule_deadline_rules_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuleCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RulePublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    timeliness_timeliness_get: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD; default: the first of the month */
                from?: string | null;
                /** @description YYYY-MM-DD; default: today */
                to?: string | null;
                /** @description a unit and its subunits */
                unit_id?: string | null;
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
                    "application/json": components["schemas"]["TimelinessReport"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    overdue_timeliness_overdue_get: {
        parameters: {
            query?: {
                /** @description a unit and its subunits */
                unit_id?: string | null;
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
                    "application/json": components["schemas"]["OverdueItem"][];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    export_timeliness_export_xlsx_get: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD; default: the first of the month */
                from?: string | null;
                /** @description YYYY-MM-DD; default: today */
                to?: string | null;
                /** @description a unit and its subunits */
                unit_id?: string | null;
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
                content?: never;
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    search_units_units_get: {
        parameters: {
            query: {
                q: string;
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
                    "application/json": components["schemas"]["UnitChoice"][];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
}
