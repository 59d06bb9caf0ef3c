// GENERATED from openapi/reporting.json by scripts/gen-api.mjs (openapi-typescript): do not edit.
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
    "/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Forms
         * @description The forms this service can fill in (one column-definition file each).
         */
        get: operations["list_forms_reports_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{form_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Report
         * @description The form's cells for the unit's subtree on the reference date, as approved on that date; with the
         *     time of the latest event included. format=xlsx, pdf or csv gives the file in the form's layout.
         */
        get: operations["report_reports__form_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{form_id}/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cell People
         * @description The people counted in one cell of the report: why a number is what it is.
         */
        get: operations["cell_people_reports__form_id__people_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lists/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Fields
         * @description The columns a list may show and the filters it may use (with their values).
         */
        get: operations["list_fields_lists_fields_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lists/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview
         * @description The first rows of a list not saved yet, and how many people it has.
         */
        post: operations["preview_lists_preview_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Definitions
         * @description The lists saved for the unit.
         */
        get: operations["definitions_lists_get"];
        put?: never;
        /** Create */
        post: operations["create_lists_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lists/{list_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Definition */
        get: operations["get_definition_lists__list_id__get"];
        /** Update */
        put: operations["update_lists__list_id__put"];
        post?: never;
        /** Delete */
        delete: operations["delete_lists__list_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lists/{list_id}/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rows
         * @description The saved list run today over its unit's subtree: json (the first 5,000 rows) or the whole workbook.
         */
        get: operations["rows_lists__list_id__rows_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dashboard
         * @description Headcount by child unit, the age pyramid by sex, the qualification, grade and staff-category mixes of
         *     the unit's subtree today (counts only: no one's name).
         */
        get: operations["dashboard_dashboard_get"];
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
        /** CellPeople */
        CellPeople: {
            /** Form Id */
            form_id: string;
            /** Unit Id */
            unit_id: string;
            /**
             * As Of
             * Format: date
             */
            as_of: string;
            /** Row */
            row: string;
            /** Column */
            column: string;
            /** Header */
            header: string;
            /** Count */
            count: number;
            /** Items */
            items: components["schemas"]["CountedPerson"][];
        };
        /** CountedPerson */
        CountedPerson: {
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
            /** Full Name */
            full_name: string;
            /** Unit Id */
            unit_id: string;
            /** Unit Name */
            unit_name: string;
            /** Gender */
            gender: string | null;
            /** Birth Date */
            birth_date: string | null;
            /** Rank Code */
            rank_code: string | null;
            /** Position */
            position: string | null;
        };
        /** Dashboard */
        Dashboard: {
            /** Unit Id */
            unit_id: string;
            /** Unit Name */
            unit_name: string;
            /**
             * As Of
             * Format: date
             */
            as_of: string;
            /** Total */
            total: number;
            /** Units */
            units: components["schemas"]["UnitCount"][];
            /** Age Pyramid */
            age_pyramid: {
                [key: string]: unknown;
            }[];
            /** Qualification */
            qualification: {
                [key: string]: unknown;
            }[];
            /** Grade Group */
            grade_group: {
                [key: string]: unknown;
            }[];
            /** Staff Category */
            staff_category: {
                [key: string]: unknown;
            }[];
        };
        /** FieldInfo */
        FieldInfo: {
            /** Key */
            key: string;
            /** Label */
            label: string;
            /** Label En */
            label_en: string;
        };
        /** FilterInfo */
        FilterInfo: {
            /** Key */
            key: string;
            /** Kind */
            kind: string;
            /** Values */
            values?: unknown[] | null;
        };
        /** FormSummary */
        FormSummary: {
            /** Id */
            id: string;
            /** Form Code */
            form_code: string;
            /** Title */
            title: string;
            /** Description */
            description: string;
            /** Kind */
            kind: string;
        };
        /** ListDefinition */
        ListDefinition: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Unit Id */
            unit_id: string;
            /** Name */
            name: string;
            /** Columns */
            columns: string[];
            /** Filters */
            filters: {
                [key: string]: unknown;
            };
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
        };
        /** ListDefinitionIn */
        ListDefinitionIn: {
            /** Unit Id */
            unit_id?: string | null;
            /** Columns */
            columns: string[];
            /** Filters */
            filters?: {
                [key: string]: unknown;
            };
            /** Name */
            name: string;
        };
        /** ListFields */
        ListFields: {
            /** Columns */
            columns: components["schemas"]["FieldInfo"][];
            /** Default Columns */
            default_columns: string[];
            /** Filters */
            filters: components["schemas"]["FilterInfo"][];
        };
        /**
         * ListQuery
         * @description What to list: the unit whose subtree is read (default: the account's unit), columns and filters.
         */
        ListQuery: {
            /** Unit Id */
            unit_id?: string | null;
            /** Columns */
            columns: string[];
            /** Filters */
            filters?: {
                [key: string]: unknown;
            };
        };
        /** ListRows */
        ListRows: {
            /** Unit Id */
            unit_id: string;
            /** Unit Name */
            unit_name: string;
            /** Columns */
            columns: components["schemas"]["FieldInfo"][];
            /** Total */
            total: number;
            /** Rows */
            rows: {
                [key: string]: unknown;
            }[];
            /** Truncated */
            truncated: boolean;
        };
        /** ReportColumn */
        ReportColumn: {
            /** Key */
            key: string;
            /** Number */
            number: number;
            /** Header */
            header: string;
            /** Groups */
            groups: string[];
            /** Counted */
            counted: boolean;
            /** Carried */
            carried: boolean;
        };
        /** ReportPublic */
        ReportPublic: {
            form: components["schemas"]["FormSummary"];
            /** Title */
            title: string;
            /** Issued By */
            issued_by: string;
            /** Scope Line */
            scope_line: string;
            /** Receiver */
            receiver: string;
            /** Row Label */
            row_label: string;
            /** Unit Id */
            unit_id: string;
            /** Unit Name */
            unit_name: string;
            /**
             * As Of
             * Format: date
             */
            as_of: string;
            /** Latest Event At */
            latest_event_at: string | null;
            /** People Count */
            people_count: number;
            /** Columns */
            columns: components["schemas"]["ReportColumn"][];
            /** Rows */
            rows: components["schemas"]["ReportRow"][];
            total: components["schemas"]["ReportRow"];
            /** Notes */
            notes: string[];
            /** Warnings */
            warnings: string[];
        };
        /** ReportRow */
        ReportRow: {
            /** Key */
            key: string;
            /** Label */
            label: string;
            /** Unit Id */
            unit_id?: string | null;
            /**
             * Heading
             * @default false
             */
            heading?: boolean;
            /** Cells */
            cells: {
                [key: string]: unknown;
            };
        };
        /** UnitCount */
        UnitCount: {
            /** Unit Id */
            unit_id: string;
            /** Name */
            name: string;
            /** Count */
            count: number;
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
    list_forms_reports_get: {
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
                    "application/json": components["schemas"]["FormSummary"][];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    report_reports__form_id__get: {
        parameters: {
            query?: {
                /** @description the unit whose subtree is counted; default: the account's unit */
                unit_id?: string | null;
                /** @description the reference date YYYY-MM-DD; default: today */
                as_of?: string | null;
                /** @description json | xlsx | pdf | csv */
                format?: string;
            };
            header?: never;
            path: {
                /** @description a form's id from GET /reports (bm01, bm02, ...) */
                form_id: string;
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
                    "application/json": components["schemas"]["ReportPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    cell_people_reports__form_id__people_get: {
        parameters: {
            query: {
                /** @description c<number> or the number */
                column: string;
                /** @description a row's key, or total */
                row?: string;
                /** @description the unit whose subtree is counted; default: the account's unit */
                unit_id?: string | null;
                /** @description the reference date YYYY-MM-DD; default: today */
                as_of?: string | null;
            };
            header?: never;
            path: {
                /** @description a form's id from GET /reports (bm01, bm02, ...) */
                form_id: string;
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
                    "application/json": components["schemas"]["CellPeople"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    list_fields_lists_fields_get: {
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
                    "application/json": components["schemas"]["ListFields"];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    preview_lists_preview_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListQuery"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListRows"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    definitions_lists_get: {
        parameters: {
            query?: {
                /** @description the unit; default: the account's unit */
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
                    "application/json": components["schemas"]["ListDefinition"][];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    create_lists_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListDefinitionIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListDefinition"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    get_definition_lists__list_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                list_id: string;
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
                    "application/json": components["schemas"]["ListDefinition"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    update_lists__list_id__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                list_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListDefinitionIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListDefinition"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    delete_lists__list_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                list_id: string;
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
    rows_lists__list_id__rows_get: {
        parameters: {
            query?: {
                /** @description json | xlsx */
                format?: string;
            };
            header?: never;
            path: {
                list_id: string;
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
                    "application/json": components["schemas"]["ListRows"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    dashboard_dashboard_get: {
        parameters: {
            query?: {
                /** @description default: the account's unit */
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
                    "application/json": components["schemas"]["Dashboard"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
}
