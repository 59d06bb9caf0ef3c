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
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
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
        /** ValidationError */
        ValidationError: {
            /** Location */
            loc: (string | number)[];
            /** Message */
            msg: string;
            /** Error Type */
            type: string;
            /** Input */
            input?: unknown;
            /** Context */
            ctx?: Record<string, never>;
        };
    };
    responses: never;
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
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
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
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
}
