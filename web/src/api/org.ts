// GENERATED from openapi/org.json by scripts/gen-api.mjs (openapi-typescript): do not edit.
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
    "/units/roots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Roots
         * @description The top of the caller's scope: the province for province-wide roles, otherwise the own unit.
         */
        get: operations["roots_units_roots_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search */
        get: operations["search_units_search_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{unit_id}/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Children */
        get: operations["children_units__unit_id__children_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{unit_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Detail
         * @description The unit as it was on the date (a dissolved unit shows its last state, inactive), with its history.
         */
        get: operations["detail_units__unit_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update
         * @description Type, block, level, address or order, dated; `row_version` is the one GET /units/{id} gave
         *     (409 unit.stale if the unit changed meanwhile, nothing changed).
         */
        patch: operations["update_units__unit_id__patch"];
        trace?: never;
    };
    "/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create */
        post: operations["create_units_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{unit_id}/rename": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rename */
        post: operations["rename_units__unit_id__rename_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{unit_id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move */
        post: operations["move_units__unit_id__move_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{unit_id}/dissolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dissolve */
        post: operations["dissolve_units__unit_id__dissolve_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reorganizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reorganize
         * @description Merge several units into one, or split one into several, under one decision.
         */
        post: operations["reorganize_reorganizations_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{unit_id}/quotas/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Quota */
        get: operations["get_quota_units__unit_id__quotas__year__get"];
        /** Put Quota */
        put: operations["put_quota_units__unit_id__quotas__year__put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{unit_id}/job-positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Job Positions */
        get: operations["list_job_positions_units__unit_id__job_positions_get"];
        put?: never;
        /** Create Job Position */
        post: operations["create_job_position_units__unit_id__job_positions_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{unit_id}/job-positions/{code}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire Job Position */
        post: operations["retire_job_position_units__unit_id__job_positions__code__retire_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{unit_id}/job-position-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Plans
         * @description Every version of the unit's plan, the latest entered first.
         */
        get: operations["list_plans_units__unit_id__job_position_plans_get"];
        put?: never;
        /** Propose Plan */
        post: operations["propose_plan_units__unit_id__job_position_plans_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{unit_id}/job-position-plans/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Current Plan
         * @description The approved version in force today (or on `on`); 404 job_plan.none when there is none.
         */
        get: operations["current_plan_units__unit_id__job_position_plans_current_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{unit_id}/job-position-plans/{plan_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve Plan */
        post: operations["approve_plan_units__unit_id__job_position_plans__plan_id__approve_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units/{unit_id}/job-position-plans/{plan_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject Plan */
        post: operations["reject_plan_units__unit_id__job_position_plans__plan_id__reject_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Catalogs */
        get: operations["list_catalogs_catalogs_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogs/{catalog}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Items */
        get: operations["list_items_catalogs__catalog__items_get"];
        put?: never;
        /** Create Item */
        post: operations["create_item_catalogs__catalog__items_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogs/{catalog}/items/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete Item
         * @description Refused (409) while anything uses the item; deactivate it instead (PATCH active=false).
         */
        delete: operations["delete_item_catalogs__catalog__items__code__delete"];
        options?: never;
        head?: never;
        /** Update Item */
        patch: operations["update_item_catalogs__catalog__items__code__patch"];
        trace?: never;
    };
    "/catalogs/{catalog}/items/{code}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire Item
         * @description Ends the item's validity (never deleted: records naming it keep showing its name).
         */
        post: operations["retire_item_catalogs__catalog__items__code__retire_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogs/{catalog}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export Xlsx */
        get: operations["export_xlsx_catalogs__catalog__export_xlsx_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogs/{catalog}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import Xlsx
         * @description Adds new codes and updates known ones; never deletes (deactivate through the active column).
         */
        post: operations["import_xlsx_catalogs__catalog__import_post"];
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
        /**
         * Actual
         * @description Headcount as org last heard it (see org.headcount), beside the quota.
         */
        Actual: {
            /** Cadre */
            cadre: number;
            /** Civil Servant */
            civil_servant: number;
            /** Public Employee */
            public_employee: number;
            /** Contract Worker */
            contract_worker: number;
        };
        /** Body_import_xlsx_catalogs__catalog__import_post */
        Body_import_xlsx_catalogs__catalog__import_post: {
            /**
             * File
             * @description the catalog as .xlsx
             */
            file: string;
        };
        /** CatalogItemCreate */
        CatalogItemCreate: {
            /** Name */
            name: string;
            /**
             * Sort Order
             * @default 0
             */
            sort_order?: number;
            /**
             * Active
             * @default true
             */
            active?: boolean;
            /** Valid From */
            valid_from?: string | null;
            /** Valid To */
            valid_to?: string | null;
            /** Attributes */
            attributes?: {
                [key: string]: unknown;
            };
            /** Code */
            code: string;
        };
        /** CatalogItemPublic */
        CatalogItemPublic: {
            /** Catalog */
            catalog: string;
            /** Code */
            code: string;
            /** Name */
            name: string;
            /** Sort Order */
            sort_order: number;
            /** Active */
            active: boolean;
            /** Valid From */
            valid_from: string | null;
            /** Valid To */
            valid_to: string | null;
            /** Attributes */
            attributes: {
                [key: string]: unknown;
            };
            /** Row Version */
            row_version: number;
        };
        /** CatalogItemRetire */
        CatalogItemRetire: {
            /** Valid To */
            valid_to?: string | null;
        };
        /** CatalogItemUpdate */
        CatalogItemUpdate: {
            /** Name */
            name?: string | null;
            /** Sort Order */
            sort_order?: number | null;
            /** Active */
            active?: boolean | null;
            /** Valid From */
            valid_from?: string | null;
            /** Valid To */
            valid_to?: string | null;
            /** Attributes */
            attributes?: {
                [key: string]: unknown;
            } | null;
            /**
             * Row Version
             * @description the item's row_version the editor read (409 if it moved on)
             */
            row_version: number;
        };
        /** CatalogPublic */
        CatalogPublic: {
            /** Catalog */
            catalog: string;
            /** Name */
            name: string;
            /** Item Count */
            item_count: number;
            /** Attribute Names */
            attribute_names: string[];
            /**
             * Editable
             * @default true
             */
            editable?: boolean;
        };
        /** ChangeOut */
        ChangeOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /**
             * Effective On
             * Format: date
             */
            effective_on: string;
            /** Decision Number */
            decision_number: string;
            /** Decision Date */
            decision_date: string | null;
            /** Signer */
            signer: string | null;
            /** Reorganization Id */
            reorganization_id: string | null;
            /** Detail */
            detail: {
                [key: string]: unknown;
            };
        };
        /** DecisionOut */
        DecisionOut: {
            /** Decision Number */
            decision_number: string | null;
            /** Decision Date */
            decision_date: string | null;
            /** Signer */
            signer: string | null;
        };
        /** ImportResult */
        ImportResult: {
            /** Created */
            created: number;
            /** Updated */
            updated: number;
            /** Rows */
            rows: number;
        };
        /** JobPositionCreate */
        JobPositionCreate: {
            /** Code */
            code: string;
            /** Name */
            name: string;
            /** Category */
            category: string;
            /** Rank Codes */
            rank_codes?: string[];
            /**
             * Quantity
             * @default 1
             */
            quantity?: number;
            /** Description */
            description?: string | null;
            /** Valid From */
            valid_from?: string | null;
        };
        /** JobPositionPublic */
        JobPositionPublic: {
            /** Code */
            code: string;
            /** Name */
            name: string;
            /** Category */
            category: string;
            /** Rank Codes */
            rank_codes?: string[];
            /**
             * Quantity
             * @default 1
             */
            quantity?: number;
            /** Description */
            description?: string | null;
            /** Valid From */
            valid_from?: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Unit Id */
            unit_id: string;
            /** Active */
            active: boolean;
            /** Valid To */
            valid_to?: string | null;
        };
        /** JobPositionRetire */
        JobPositionRetire: {
            /**
             * Valid To
             * Format: date
             */
            valid_to: string;
        };
        /** PathEntry */
        PathEntry: {
            /** Unit Id */
            unit_id: string;
            /** Name */
            name: string;
        };
        /** PersonMoveIn */
        PersonMoveIn: {
            /** Person Id */
            person_id: string;
            /** From Unit Id */
            from_unit_id: string;
            /** To Unit Id */
            to_unit_id: string;
        };
        /** PlanCreate */
        PlanCreate: {
            /** Decision Number */
            decision_number: string;
            /**
             * Decision Date
             * Format: date
             */
            decision_date: string;
            /** Issuer */
            issuer: string;
            /** Effective On */
            effective_on?: string | null;
            /** Note */
            note?: string | null;
            /** Items */
            items: components["schemas"]["PlanLineIn"][];
        };
        /** PlanDecision */
        PlanDecision: {
            /** Note */
            note?: string | null;
        };
        /** PlanLineIn */
        PlanLineIn: {
            /** Position Code */
            position_code: string;
            /** Posts */
            posts: number;
        };
        /** PlanLinePublic */
        PlanLinePublic: {
            /** Position Code */
            position_code: string;
            /** Position Name */
            position_name: string | null;
            /** Category */
            category: string | null;
            /** Posts */
            posts: number;
        };
        /** PlanPublic */
        PlanPublic: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Unit Id */
            unit_id: string;
            /** Version */
            version: number;
            /**
             * Effective On
             * Format: date
             */
            effective_on: string;
            /** Decision Number */
            decision_number: string;
            /**
             * Decision Date
             * Format: date
             */
            decision_date: string;
            /** Issuer */
            issuer: string;
            /** Note */
            note: string | null;
            /**
             * State
             * @enum {string}
             */
            state: "submitted" | "approved" | "rejected";
            /** Submitted By */
            submitted_by: string;
            /**
             * Submitted At
             * Format: date-time
             */
            submitted_at: string;
            /** Decided By */
            decided_by: string | null;
            /** Decided At */
            decided_at: string | null;
            /** Decision Note */
            decision_note: string | null;
            /** Current */
            current: boolean;
            /** Total Posts */
            total_posts: number;
            /** Items */
            items: components["schemas"]["PlanLinePublic"][];
        };
        /** QuotaPublic */
        QuotaPublic: {
            /** Staffing Quota */
            staffing_quota?: number | null;
            /** Headcount Quota */
            headcount_quota?: number | null;
            /** Contract Worker Quota */
            contract_worker_quota?: number | null;
            /** Decision Number */
            decision_number?: string | null;
            /** Decision Date */
            decision_date?: string | null;
            /** Note */
            note?: string | null;
            /** Unit Id */
            unit_id: string;
            /** Year */
            year: number;
            /** Row Version */
            row_version: number;
            actual: components["schemas"]["Actual"];
            /** Job Position Count */
            job_position_count: number;
        };
        /**
         * QuotaUpdate
         * @description The year's quota, replaced as a whole; `row_version` is the one the GET gave (0: none set yet).
         */
        QuotaUpdate: {
            /** Staffing Quota */
            staffing_quota?: number | null;
            /** Headcount Quota */
            headcount_quota?: number | null;
            /** Contract Worker Quota */
            contract_worker_quota?: number | null;
            /** Decision Number */
            decision_number?: string | null;
            /** Decision Date */
            decision_date?: string | null;
            /** Note */
            note?: string | null;
            /**
             * Row Version
             * @description the quota's version the editor read (409 if it moved on)
             */
            row_version: number;
        };
        /**
         * ReorgTarget
         * @description An existing unit (just unit_id), or a new one (new=true with its fields; parent defaults to the
         *     first source's parent).
         */
        ReorgTarget: {
            /** Unit Id */
            unit_id: string;
            /**
             * New
             * @default false
             */
            new?: boolean;
            /** Name */
            name?: string | null;
            /** Short Name */
            short_name?: string | null;
            /** Unit Type */
            unit_type?: string | null;
            /** Unit Block */
            unit_block?: string | null;
            /** Management Level */
            management_level?: string | null;
            /** Parent Id */
            parent_id?: string | null;
            /** Address */
            address?: string | null;
            /**
             * Sort Order
             * @default 0
             */
            sort_order?: number;
        };
        /** ReorganizationCreate */
        ReorganizationCreate: {
            /** Decision Number */
            decision_number: string;
            /** Decision Date */
            decision_date?: string | null;
            /** Effective On */
            effective_on?: string | null;
            /** Signer */
            signer?: string | null;
            /**
             * Kind
             * @enum {string}
             */
            kind: "merge" | "split";
            /** Source Unit Ids */
            source_unit_ids: string[];
            /** Targets */
            targets: components["schemas"]["ReorgTarget"][];
            /** Person Moves */
            person_moves?: components["schemas"]["PersonMoveIn"][];
            /** Child Moves */
            child_moves?: {
                [key: string]: string;
            };
            /** Default Target Unit Id */
            default_target_unit_id?: string | null;
            /**
             * Keep Source
             * @default false
             */
            keep_source?: boolean;
        };
        /** ReorganizationPublic */
        ReorganizationPublic: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /**
             * Effective On
             * Format: date
             */
            effective_on: string;
            /** Decision Number */
            decision_number: string;
            /** Source Unit Ids */
            source_unit_ids: string[];
            /** Target Unit Ids */
            target_unit_ids: string[];
            /** Dissolved Unit Ids */
            dissolved_unit_ids: string[];
            /** Moved Units */
            moved_units: {
                [key: string]: string;
            };
            /** Person Moves */
            person_moves: components["schemas"]["PersonMoveIn"][];
            /** Default Moves */
            default_moves: {
                [key: string]: string;
            };
        };
        /** SearchHit */
        SearchHit: {
            /** Unit Id */
            unit_id: string;
            /** Name */
            name: string;
            /** Short Name */
            short_name: string | null;
            /** Unit Type */
            unit_type: string | null;
            /** Unit Block */
            unit_block: string | null;
            /** Management Level */
            management_level: string | null;
            /** Parent Id */
            parent_id: string | null;
            /** Has Children */
            has_children: boolean;
            /** Active */
            active: boolean;
            /** Path */
            path: components["schemas"]["PathEntry"][];
            /** Path Names */
            path_names: string[];
        };
        /** UnitCreate */
        UnitCreate: {
            /** Name */
            name: string;
            /** Short Name */
            short_name?: string | null;
            /** Unit Type */
            unit_type?: string | null;
            /** Unit Block */
            unit_block?: string | null;
            /** Management Level */
            management_level?: string | null;
            /** Address */
            address?: string | null;
            /**
             * Sort Order
             * @default 0
             */
            sort_order?: number;
            /** Decision Number */
            decision_number: string;
            /** Decision Date */
            decision_date?: string | null;
            /** Effective On */
            effective_on?: string | null;
            /** Signer */
            signer?: string | null;
            /** Unit Id */
            unit_id: string;
            /** Parent Id */
            parent_id?: string | null;
        };
        /** UnitDetail */
        UnitDetail: {
            /** Unit Id */
            unit_id: string;
            /** Name */
            name: string;
            /** Short Name */
            short_name: string | null;
            /** Unit Type */
            unit_type: string | null;
            /** Unit Block */
            unit_block: string | null;
            /** Management Level */
            management_level: string | null;
            /** Parent Id */
            parent_id: string | null;
            /** Has Children */
            has_children: boolean;
            /** Active */
            active: boolean;
            /**
             * As Of
             * Format: date
             */
            as_of: string;
            /** Address */
            address: string | null;
            /** Sort Order */
            sort_order: number;
            /**
             * Established On
             * Format: date
             */
            established_on: string;
            /** Dissolved On */
            dissolved_on: string | null;
            /**
             * Valid From
             * Format: date
             */
            valid_from: string;
            /** Valid To */
            valid_to: string | null;
            decision: components["schemas"]["DecisionOut"];
            /** Path */
            path: components["schemas"]["PathEntry"][];
            /** History */
            history: components["schemas"]["ChangeOut"][];
            /** Row Version */
            row_version: number;
        };
        /** UnitDissolve */
        UnitDissolve: {
            /** Decision Number */
            decision_number: string;
            /** Decision Date */
            decision_date?: string | null;
            /** Effective On */
            effective_on?: string | null;
            /** Signer */
            signer?: string | null;
            /** Note */
            note?: string | null;
        };
        /** UnitEdited */
        UnitEdited: {
            /** Unit Id */
            unit_id: string;
            /** Name */
            name: string;
            /** Short Name */
            short_name: string | null;
            /** Unit Type */
            unit_type: string | null;
            /** Unit Block */
            unit_block: string | null;
            /** Management Level */
            management_level: string | null;
            /** Parent Id */
            parent_id: string | null;
            /** Has Children */
            has_children: boolean;
            /** Active */
            active: boolean;
            /** Row Version */
            row_version: number;
        };
        /** UnitItem */
        UnitItem: {
            /** Unit Id */
            unit_id: string;
            /** Name */
            name: string;
            /** Short Name */
            short_name: string | null;
            /** Unit Type */
            unit_type: string | null;
            /** Unit Block */
            unit_block: string | null;
            /** Management Level */
            management_level: string | null;
            /** Parent Id */
            parent_id: string | null;
            /** Has Children */
            has_children: boolean;
            /** Active */
            active: boolean;
        };
        /** UnitMove */
        UnitMove: {
            /** Decision Number */
            decision_number: string;
            /** Decision Date */
            decision_date?: string | null;
            /** Effective On */
            effective_on?: string | null;
            /** Signer */
            signer?: string | null;
            /** Parent Id */
            parent_id: string;
        };
        /** UnitRename */
        UnitRename: {
            /** Decision Number */
            decision_number: string;
            /** Decision Date */
            decision_date?: string | null;
            /** Effective On */
            effective_on?: string | null;
            /** Signer */
            signer?: string | null;
            /** Name */
            name: string;
            /** Short Name */
            short_name?: string | null;
        };
        /**
         * UnitUpdate
         * @description Type, block, level, address or order: dated like every other change.
         */
        UnitUpdate: {
            /** Decision Number */
            decision_number: string;
            /** Decision Date */
            decision_date?: string | null;
            /** Effective On */
            effective_on?: string | null;
            /** Signer */
            signer?: string | null;
            /** Short Name */
            short_name?: string | null;
            /** Unit Type */
            unit_type?: string | null;
            /** Unit Block */
            unit_block?: string | null;
            /** Management Level */
            management_level?: string | null;
            /** Address */
            address?: string | null;
            /** Sort Order */
            sort_order?: number | null;
            /**
             * Row Version
             * @description the unit's row_version the editor read (409 if it moved on)
             */
            row_version: number;
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
    roots_units_roots_get: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD; default today */
                as_of?: string | null;
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
                    "application/json": components["schemas"]["UnitItem"][];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    search_units_search_get: {
        parameters: {
            query?: {
                q?: string;
                limit?: number;
                include_inactive?: boolean;
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
                    "application/json": components["schemas"]["SearchHit"][];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    children_units__unit_id__children_get: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD; default today */
                as_of?: string | null;
            };
            header?: never;
            path: {
                unit_id: string;
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
                    "application/json": components["schemas"]["UnitItem"][];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    detail_units__unit_id__get: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD; default today */
                as_of?: string | null;
            };
            header?: never;
            path: {
                unit_id: string;
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
                    "application/json": components["schemas"]["UnitDetail"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    update_units__unit_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unit_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnitUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitEdited"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    create_units_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnitCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitItem"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    rename_units__unit_id__rename_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unit_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnitRename"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitItem"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    move_units__unit_id__move_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unit_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnitMove"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitItem"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    dissolve_units__unit_id__dissolve_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unit_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnitDissolve"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitItem"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    reorganize_reorganizations_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReorganizationCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReorganizationPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    get_quota_units__unit_id__quotas__year__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unit_id: string;
                year: number;
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
                    "application/json": components["schemas"]["QuotaPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    put_quota_units__unit_id__quotas__year__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unit_id: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuotaUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuotaPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    list_job_positions_units__unit_id__job_positions_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unit_id: string;
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
                    "application/json": components["schemas"]["JobPositionPublic"][];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    create_job_position_units__unit_id__job_positions_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unit_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JobPositionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobPositionPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    retire_job_position_units__unit_id__job_positions__code__retire_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unit_id: string;
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JobPositionRetire"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobPositionPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    list_plans_units__unit_id__job_position_plans_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unit_id: string;
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
                    "application/json": components["schemas"]["PlanPublic"][];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    propose_plan_units__unit_id__job_position_plans_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unit_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    current_plan_units__unit_id__job_position_plans_current_get: {
        parameters: {
            query?: {
                on?: string | null;
            };
            header?: never;
            path: {
                unit_id: string;
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
                    "application/json": components["schemas"]["PlanPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    approve_plan_units__unit_id__job_position_plans__plan_id__approve_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unit_id: string;
                plan_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanDecision"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    reject_plan_units__unit_id__job_position_plans__plan_id__reject_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unit_id: string;
                plan_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanDecision"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    list_catalogs_catalogs_get: {
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
                    "application/json": components["schemas"]["CatalogPublic"][];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    list_items_catalogs__catalog__items_get: {
        parameters: {
            query?: {
                include_inactive?: boolean;
            };
            header?: never;
            path: {
                catalog: string;
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
                    "application/json": components["schemas"]["CatalogItemPublic"][];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    create_item_catalogs__catalog__items_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                catalog: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogItemCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogItemPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    delete_item_catalogs__catalog__items__code__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                catalog: string;
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    update_item_catalogs__catalog__items__code__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                catalog: string;
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogItemUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogItemPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    retire_item_catalogs__catalog__items__code__retire_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                catalog: string;
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogItemRetire"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogItemPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    export_xlsx_catalogs__catalog__export_xlsx_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                catalog: string;
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
                    "application/json": unknown;
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    import_xlsx_catalogs__catalog__import_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                catalog: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_import_xlsx_catalogs__catalog__import_post"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
}
