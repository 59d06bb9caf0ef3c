// GENERATED from openapi/personnel.json by scripts/gen-api.mjs (openapi-typescript): do not edit.
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
    "/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search Persons
         * @description Approved records in the caller's scope. People who left appear only for officers, leaders and
         *     administrators who ask for them (include_left or an explicit status).
         */
        get: operations["search_persons_persons_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Persons
         * @description The list GET /persons would show (every page), as an Excel workbook.
         */
        get: operations["export_persons_persons_export_xlsx_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{person_id}/print/2c.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Print 2C
         * @description Mẫu 2C-BNV/2008 of the official profile (or of the one in force at the end of `as_of`).
         */
        get: operations["print_2c_persons__person_id__print_2c_pdf_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{person_id}/print/unified.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Print Unified
         * @description The unified résumé of TT 06/2023/TT-BNV (national database layout).
         */
        get: operations["print_unified_persons__person_id__print_unified_pdf_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{person_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Person
         * @description The official record, or the record as it stood at the end of `as_of`.
         */
        get: operations["get_person_persons__person_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{person_id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Versions */
        get: operations["list_versions_persons__person_id__versions_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{person_id}/field-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Field History */
        get: operations["get_field_history_persons__person_id__field_history_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{person_id}/status-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Status Events */
        get: operations["list_status_events_persons__person_id__status_events_get"];
        put?: never;
        /**
         * Record Status Event
         * @description Retirement, resignation, death, transfer out…: recorded by a leader on a dated decision.
         */
        post: operations["record_status_event_persons__person_id__status_events_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/change-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Change Requests */
        get: operations["list_change_requests_change_requests_get"];
        put?: never;
        /**
         * Create Change Request
         * @description A draft of a new record (no person_id) or of a change to an approved record.
         */
        post: operations["create_change_request_change_requests_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/change-requests/{cr_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Change Request */
        get: operations["get_change_request_change_requests__cr_id__get"];
        /** Edit Change Request */
        put: operations["edit_change_request_change_requests__cr_id__put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/change-requests/{cr_id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Diff Change Request
         * @description The pending change beside the official record, field by field.
         */
        get: operations["diff_change_request_change_requests__cr_id__diff_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/change-requests/{cr_id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit Change Request */
        post: operations["submit_change_request_change_requests__cr_id__submit_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/change-requests/{cr_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve Change Request */
        post: operations["approve_change_request_change_requests__cr_id__approve_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/change-requests/{cr_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject Change Request */
        post: operations["reject_change_request_change_requests__cr_id__reject_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/change-requests/{cr_id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw Change Request */
        post: operations["withdraw_change_request_change_requests__cr_id__withdraw_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/change-requests/{cr_id}/revise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revise Change Request */
        post: operations["revise_change_request_change_requests__cr_id__revise_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{person_id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Documents */
        get: operations["list_documents_persons__person_id__documents_get"];
        put?: never;
        /** Add Document */
        post: operations["add_document_persons__person_id__documents_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{person_id}/documents/{document_id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace Document File
         * @description A new version of the scan; the previous versions stay downloadable.
         */
        put: operations["replace_document_file_persons__person_id__documents__document_id__file_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{person_id}/documents/{document_id}/download-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create Download Link */
        post: operations["create_download_link_persons__person_id__documents__document_id__download_link_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{person_id}/documents/{document_id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Document Content
         * @description The file itself, inline, for the web client's preview (it reads it with its token into a blob:
         *     URL; the signed S3 link is for downloads, and the client's CSP does not admit the S3 host).
         */
        get: operations["document_content_persons__person_id__documents__document_id__content_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evaluation-rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Rounds */
        get: operations["list_rounds_evaluation_rounds_get"];
        put?: never;
        /**
         * Open Round
         * @description The Department of Home Affairs opens the year's round with its closing date (R-42: 15 December by default,
         *     15 January next year for units with a special year-end).
         */
        post: operations["open_round_evaluation_rounds_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evaluation-rounds/{round_id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close Round
         * @description A closed round refuses entries and submissions (a submitted list may still be approved).
         */
        post: operations["close_round_evaluation_rounds__round_id__close_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evaluation-rounds/{round_id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Round Progress
         * @description Per unit of the account's scope: people to rate, lines with a result, the list's state, late units.
         */
        get: operations["round_progress_evaluation_rounds__round_id__progress_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evaluation-rounds/{round_id}/progress/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export Progress */
        get: operations["export_progress_evaluation_rounds__round_id__progress_export_xlsx_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evaluation-rounds/{round_id}/units/{unit_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Sheet
         * @description The unit's list: every working person of the unit with the rules in force for them, the quota and the
         *     problems left before submission (a unit outside the scope does not exist).
         */
        get: operations["read_sheet_evaluation_rounds__round_id__units__unit_id__get"];
        /** Save Sheet */
        put: operations["save_sheet_evaluation_rounds__round_id__units__unit_id__put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evaluation-rounds/{round_id}/units/{unit_id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit Sheet */
        post: operations["submit_sheet_evaluation_rounds__round_id__units__unit_id__submit_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evaluation-rounds/{round_id}/units/{unit_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve Sheet
         * @description The unit leader's approval (never by whoever entered or submitted the list, never by a system
         *     administrator): each result goes into the person's record with the decision.
         */
        post: operations["approve_sheet_evaluation_rounds__round_id__units__unit_id__approve_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evaluation-rounds/{round_id}/units/{unit_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject Sheet */
        post: operations["reject_sheet_evaluation_rounds__round_id__units__unit_id__reject_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/evaluation-rounds/{round_id}/units/{unit_id}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export Sheet */
        get: operations["export_sheet_evaluation_rounds__round_id__units__unit_id__export_xlsx_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{person_id}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Person Evaluations
         * @description The record's ratings by year, lists not yet approved, and the R-43 flag (two consecutive years
         *     "Không hoàn thành nhiệm vụ").
         */
        get: operations["person_evaluations_persons__person_id__evaluations_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{person_id}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Photo */
        get: operations["get_photo_persons__person_id__photo_get"];
        /**
         * Upload Photo
         * @description JPEG or PNG, 3:4 portrait, at least 240×320 pixels, 5 MB at most; stored without its EXIF.
         */
        put: operations["upload_photo_persons__person_id__photo_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rules/retirement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Calculate Retirement
         * @description R-20, R-21: the last day of work, the pension start, the notice and the decision due.
         */
        post: operations["calculate_retirement_rules_retirement_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rules/next-raise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Calculate Next Raise
         * @description R-10: step start + the group's period + extension months.
         */
        post: operations["calculate_next_raise_rules_next_raise_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rules/reappointment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Calculate Reappointment
         * @description R-30, R-31: the end of the term and the day the reappointment procedure must start by.
         */
        post: operations["calculate_reappointment_rules_reappointment_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{person_id}/due-dates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Due Dates */
        get: operations["get_due_dates_persons__person_id__due_dates_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{person_id}/retirement-override": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set Retirement Override
         * @description An early or late retirement, on its legal basis, recorded by a leader.
         */
        put: operations["set_retirement_override_persons__person_id__retirement_override_put"];
        post?: never;
        /** Withdraw Retirement Override */
        delete: operations["withdraw_retirement_override_persons__person_id__retirement_override_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/due-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Due List
         * @description Who is due a step raise, a beyond-frame rate, retirement (with notice and decision due) or the end of
         *     an appointment term, in the account's unit subtree (a unit outside it lists nobody), by due date.
         */
        get: operations["get_due_list_due_lists_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/due-lists/early-raise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Early Raise Candidates
         * @description R-13: who in the unit's subtree may be raised early in the review year (months, new date, the
         *     achievement), and the unit's quota for the year (10 % of the payroll list) with the places taken.
         */
        get: operations["get_early_raise_candidates_due_lists_early_raise_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/due-lists/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Due List
         * @description The same list as an Excel workbook, Vietnamese headers; audited as an export.
         */
        get: operations["export_due_list_due_lists_export_xlsx_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Batches */
        get: operations["list_batches_batches_get"];
        put?: never;
        /**
         * Create Batch
         * @description A draft: one decision, one item per person (the patch of the person's profile).
         */
        post: operations["create_batch_batches_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batches/salary-proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Propose Salary
         * @description For people picked from a due list: the new step (or beyond-frame rate), coefficient, date and monthly
         *     amount each would get, with the item to put in a batch.
         */
        post: operations["propose_salary_batches_salary_proposals_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batches/retirement-proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose Retirement */
        post: operations["propose_retirement_batches_retirement_proposals_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batches/{batch_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Batch */
        get: operations["get_batch_batches__batch_id__get"];
        /** Update Batch */
        put: operations["update_batch_batches__batch_id__put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batches/{batch_id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Diff Batch
         * @description Each person's record now beside what the batch would make of it, field by field.
         */
        get: operations["diff_batch_batches__batch_id__diff_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batches/{batch_id}/scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read Scan */
        get: operations["read_scan_batches__batch_id__scan_get"];
        /** Attach Scan */
        put: operations["attach_scan_batches__batch_id__scan_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batches/{batch_id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit Batch */
        post: operations["submit_batch_batches__batch_id__submit_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batches/{batch_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve Batch */
        post: operations["approve_batch_batches__batch_id__approve_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batches/{batch_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject Batch */
        post: operations["reject_batch_batches__batch_id__reject_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batches/{batch_id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw Batch */
        post: operations["withdraw_batch_batches__batch_id__withdraw_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batches/{batch_id}/revise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revise Batch */
        post: operations["revise_batch_batches__batch_id__revise_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/register-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Decisions */
        get: operations["list_decisions_register_decisions_get"];
        put?: never;
        /**
         * Create Decision
         * @description A reward or discipline decision for one or many people, submitted for approval at once.
         */
        post: operations["create_decision_register_decisions_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/register-decisions/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Decisions
         * @description The people of the decisions listed, one row each, by unit: the register per unit as a workbook.
         */
        get: operations["export_decisions_register_decisions_export_xlsx_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/register-decisions/{decision_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read Decision */
        get: operations["read_decision_register_decisions__decision_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/register-decisions/{decision_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve Decision
         * @description Writes the award or discipline into every record named (one new approved version each).
         */
        post: operations["approve_decision_register_decisions__decision_id__approve_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/register-decisions/{decision_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject Decision */
        post: operations["reject_decision_register_decisions__decision_id__reject_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/register-entries/{entry_id}/early-raise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Use For Early Raise
         * @description Record that this award was used for an early raise (R-13); it cannot be used again.
         */
        post: operations["use_for_early_raise_register_entries__entry_id__early_raise_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{person_id}/register-effects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Person Effects
         * @description R-12, R-13, R-40, R-50: what the person's disciplines and awards change, computed, judged today.
         */
        get: operations["person_effects_persons__person_id__register_effects_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/training-courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Courses */
        get: operations["list_courses_training_courses_get"];
        put?: never;
        /** Create Course */
        post: operations["create_course_training_courses_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/training-courses/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Courses
         * @description The training register per unit (one row per attendee), for Excel.
         */
        get: operations["export_courses_training_courses_export_xlsx_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/training-plans/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Plan Summary
         * @description Per unit: who lacks the political-theory or state-management level their rank needs, who is planned.
         */
        get: operations["plan_summary_training_plans_summary_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/training-plans/summary.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Plan Summary Xlsx */
        get: operations["plan_summary_xlsx_training_plans_summary_xlsx_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/training-courses/{course_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read Course */
        get: operations["read_course_training_courses__course_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/training-courses/{course_id}/attendees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add Attendees */
        post: operations["add_attendees_training_courses__course_id__attendees_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/training-courses/{course_id}/completions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit Completions
         * @description The attendees who completed the course, with the decision recognising it: waiting for approval.
         */
        post: operations["submit_completions_training_courses__course_id__completions_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/training-courses/{course_id}/completions/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve Completions
         * @description Writes the course (and the level it gives) into every record of the completions waiting.
         */
        post: operations["approve_completions_training_courses__course_id__completions_approve_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download Template
         * @description The empty workbook: one sheet for the main profile, one per history table, drop-down lists from the
         *     catalogs in force today and the account's units.
         */
        get: operations["download_template_imports_template_xlsx_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Imports
         * @description The account's own imports; for a leader also the submitted imports whose every record lies under it.
         */
        get: operations["list_imports_imports_get"];
        put?: never;
        /**
         * Upload Import
         * @description Checks the file's structure at once; its rows are read and validated in the background (GET the job
         *     until its state is `preview`).
         */
        post: operations["upload_import_imports_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Import
         * @description State and progress (processed of total) of one import, with its first errors.
         */
        get: operations["get_import_imports__job_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{job_id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Import Errors */
        get: operations["list_import_errors_imports__job_id__errors_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{job_id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Import Items
         * @description Per person: new, changed (which fields), unchanged or refused.
         */
        get: operations["list_import_items_imports__job_id__items_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{job_id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm Import
         * @description The officer confirms the preview: the valid people become drafts (or submitted requests) in the
         *     background; GET the job for its progress.
         */
        post: operations["confirm_import_imports__job_id__confirm_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{job_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel Import */
        post: operations["cancel_import_imports__job_id__cancel_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{job_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve Import
         * @description Approve every change request a submitted import wrote, under one decision (number, date, signer):
         *     the province's administrators, or a unit leader whose scope holds every record of the import; never the
         *     account that uploaded or confirmed it. The requests are approved in the background (state `approving`,
         *     progress approval_processed of approval_total), each one as its own approval would; one that can no
         *     longer be approved is skipped and counted. GET the job until its state is `approved`.
         */
        post: operations["approve_import_imports__job_id__approve_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchange/persons/{person_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Person
         * @description The person's approved record as a dossier of the national database's exchange layout
         *     (docs/national-exchange.md).
         */
        get: operations["export_person_exchange_persons__person_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchange/units/{unit_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Unit
         * @description Every approved, working record of the unit and the units below it, streamed.
         */
        get: operations["export_unit_exchange_units__unit_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Overview
         * @description Every unit of the subtree (the account's unit by default; the whole province for the Department) with
         *     certified / late / missing / waiting.
         */
        get: operations["overview_certifications_get"];
        put?: never;
        /**
         * Certify
         * @description The unit's head certifies that the unit's data is current for the month: a PDF of the month's changes
         *     signed with the unit's certificate. Only the unit's own leader; before the window opens 409; twice 409;
         *     after the month's last working day accepted and marked late.
         */
        post: operations["certify_certifications_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certifications/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Preview
         * @description The month (by default the one the unit may certify now), its window, whether this account may
         *     certify it now (with the reason if not), the certification if made, and the month's changes.
         */
        get: operations["preview_certifications_preview_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certifications/root-certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Root Certificate
         * @description The trust anchor of the signatures (PEM): in development the local CA, to import in a PDF reader.
         */
        get: operations["root_certificate_certifications_root_certificate_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certifications/{certification_id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Signed Pdf */
        get: operations["signed_pdf_certifications__certification_id__pdf_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/declaration-rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Rounds */
        get: operations["list_rounds_declaration_rounds_get"];
        put?: never;
        /**
         * Open Round
         * @description The Department of Home Affairs opens the year's round (one open round a year).
         */
        post: operations["open_round_declaration_rounds_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/declaration-rounds/{round_id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Round Progress
         * @description Each person of the unit's subtree: not invited, not declared, draft, declared, no change, approved.
         */
        get: operations["round_progress_declaration_rounds__round_id__progress_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/declaration-rounds/{round_id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make Links
         * @description A link for each person of the subtree who has none yet (the link is shown once: copy it now).
         */
        post: operations["make_links_declaration_rounds__round_id__links_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/declaration-rounds/{round_id}/remind": {
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
         * @description A new link for each person who has not signed (the old one stops opening); who reminded, when, counted.
         */
        post: operations["remind_declaration_rounds__round_id__remind_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/declarations/by-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Declaration Form */
        get: operations["declaration_form_declarations_by_token_get"];
        /** Save Declaration */
        put: operations["save_declaration_declarations_by_token_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/declarations/by-token/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign Declaration
         * @description The person's simple electronic signature (name typed, statement ticked); a change becomes the unit's
         *     change request draft, nothing changed is recorded as such.
         */
        post: operations["sign_declaration_declarations_by_token_sign_post"];
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
         * Address
         * @description Old three-level names are kept as entered (R-81); the new commune/province codes where known.
         */
        Address: {
            /** Detail */
            detail?: string | null;
            /** Commune Code */
            commune_code?: string | null;
            /** Province Code */
            province_code?: string | null;
            /** Text */
            text?: string | null;
        };
        /** AllowancePeriod */
        AllowancePeriod: {
            /**
             * From Month
             * @description YYYY-MM
             */
            from_month: string;
            /** To Month */
            to_month?: string | null;
            /** Kind */
            kind: string;
            /** Percent */
            percent?: number | string | null;
            /** Coefficient */
            coefficient?: number | string | null;
            /** Form */
            form?: string | null;
            /** Amount */
            amount?: number | null;
        };
        /**
         * ApproveImport
         * @description The one decision under which every change request of an import is approved.
         */
        ApproveImport: {
            /** Decision Number */
            decision_number: string;
            /**
             * Decision Signed On
             * Format: date
             */
            decision_signed_on: string;
            /** Signer */
            signer: string;
            /** Issuer */
            issuer?: string | null;
        };
        /** AttendancePublic */
        AttendancePublic: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
            /** Unit Id */
            unit_id: string;
            /** Unit Name */
            unit_name?: string | null;
            /** Full Name */
            full_name: string;
            /** State */
            state: string;
            /** Completed On */
            completed_on: string | null;
            /** Certificate Number */
            certificate_number: string | null;
            /** Batch Id */
            batch_id: string | null;
            /** Applied Version */
            applied_version: number | null;
        };
        /** AttendeesAdd */
        AttendeesAdd: {
            /** Person Ids */
            person_ids: string[];
        };
        /** Award */
        Award: {
            /** Year */
            year: number;
            /** Form */
            form: string;
            /** Level */
            level?: string | null;
            /** Decision Number */
            decision_number?: string | null;
            /** Decided On */
            decided_on?: string | null;
            /** Issuer */
            issuer?: string | null;
        };
        /** AwardEffectPublic */
        AwardEffectPublic: {
            /** Code */
            code: string;
            /** Name */
            name?: string | null;
            /**
             * Decided On
             * Format: date
             */
            decided_on: string;
            /** Decision Number */
            decision_number?: string | null;
            /** Early Raise Months */
            early_raise_months: number;
            /** Usable Until */
            usable_until: string | null;
            /** Usable */
            usable: boolean;
            /** Used On */
            used_on: string | null;
            /** Entry Id */
            entry_id?: string | null;
            early_raise?: components["schemas"]["EarlyRaiseUsage"] | null;
        };
        /** BatchCreate */
        BatchCreate: {
            /** Decision Number */
            decision_number?: string | null;
            /** Decision Signed On */
            decision_signed_on?: string | null;
            /** Signer */
            signer?: string | null;
            /** Issuer */
            issuer?: string | null;
            /** Kind */
            kind: string;
            /** Unit Id */
            unit_id?: string | null;
            /**
             * Title
             * @default
             */
            title?: string;
            /** Note */
            note?: string | null;
            /** Effective On */
            effective_on?: string | null;
            /** Items */
            items: components["schemas"]["ItemCreate"][];
        };
        /** BatchDetail */
        BatchDetail: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Unit Id */
            unit_id: string;
            /** State */
            state: string;
            /** Title */
            title: string;
            /** Note */
            note: string | null;
            /** Decision Number */
            decision_number: string | null;
            /** Decision Signed On */
            decision_signed_on: string | null;
            /** Signer */
            signer: string | null;
            /** Issuer */
            issuer: string | null;
            /** Effective On */
            effective_on: string | null;
            /**
             * Has Scan
             * @default false
             */
            has_scan?: boolean;
            /** Scan Filename */
            scan_filename?: string | null;
            /** Scan Content Type */
            scan_content_type?: string | null;
            /** Item Count */
            item_count: number;
            /** Warnings */
            warnings: {
                [key: string]: unknown;
            }[];
            /** Created By */
            created_by: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Submitted By */
            submitted_by: string | null;
            /** Submitted At */
            submitted_at: string | null;
            /** Decided By */
            decided_by: string | null;
            /** Decided At */
            decided_at: string | null;
            /** Reject Reason */
            reject_reason: string | null;
            /** Items */
            items: components["schemas"]["ItemPublic"][];
        };
        /** BatchDiff */
        BatchDiff: {
            /**
             * Batch Id
             * Format: uuid
             */
            batch_id: string;
            /** People */
            people: components["schemas"]["PersonDiff"][];
        };
        /** BatchPublic */
        BatchPublic: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Unit Id */
            unit_id: string;
            /** State */
            state: string;
            /** Title */
            title: string;
            /** Note */
            note: string | null;
            /** Decision Number */
            decision_number: string | null;
            /** Decision Signed On */
            decision_signed_on: string | null;
            /** Signer */
            signer: string | null;
            /** Issuer */
            issuer: string | null;
            /** Effective On */
            effective_on: string | null;
            /**
             * Has Scan
             * @default false
             */
            has_scan?: boolean;
            /** Scan Filename */
            scan_filename?: string | null;
            /** Scan Content Type */
            scan_content_type?: string | null;
            /** Item Count */
            item_count: number;
            /** Warnings */
            warnings: {
                [key: string]: unknown;
            }[];
            /** Created By */
            created_by: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Submitted By */
            submitted_by: string | null;
            /** Submitted At */
            submitted_at: string | null;
            /** Decided By */
            decided_by: string | null;
            /** Decided At */
            decided_at: string | null;
            /** Reject Reason */
            reject_reason: string | null;
        };
        /**
         * BatchUpdate
         * @description The decision's fields of a draft (the items are fixed: a new list is a new batch).
         */
        BatchUpdate: {
            /** Decision Number */
            decision_number?: string | null;
            /** Decision Signed On */
            decision_signed_on?: string | null;
            /** Signer */
            signer?: string | null;
            /** Issuer */
            issuer?: string | null;
            /**
             * Title
             * @default
             */
            title?: string;
            /** Note */
            note?: string | null;
        };
        /** BatchesPublic */
        BatchesPublic: {
            /** Items */
            items: components["schemas"]["BatchPublic"][];
            /** Total */
            total: number;
        };
        /** Body_add_document_persons__person_id__documents_post */
        Body_add_document_persons__person_id__documents_post: {
            /** File */
            file: string;
            /** Document Type */
            document_type: string;
            /** Number */
            number?: string | null;
            /** Issued On */
            issued_on?: string | null;
            /** Issuer */
            issuer?: string | null;
            /** Summary */
            summary?: string | null;
        };
        /** Body_attach_scan_batches__batch_id__scan_put */
        Body_attach_scan_batches__batch_id__scan_put: {
            /** File */
            file: string;
        };
        /** Body_replace_document_file_persons__person_id__documents__document_id__file_put */
        Body_replace_document_file_persons__person_id__documents__document_id__file_put: {
            /** File */
            file: string;
        };
        /** Body_upload_import_imports_post */
        Body_upload_import_imports_post: {
            /**
             * File
             * @description the filled template (.xlsx)
             */
            file: string;
        };
        /** Body_upload_photo_persons__person_id__photo_put */
        Body_upload_photo_persons__person_id__photo_put: {
            /** File */
            file: string;
        };
        /** Candidate */
        Candidate: {
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
            unit_name: string | null;
            /** Rank Code */
            rank_code: string | null;
            /** Step */
            step: number | null;
            /** Next Step */
            next_step: number | null;
            /** Next Coefficient */
            next_coefficient: string | null;
            /**
             * Regular Date
             * Format: date
             */
            regular_date: string;
            /** Months */
            months: number;
            /**
             * New Date
             * Format: date
             */
            new_date: string;
            /** Achievement Code */
            achievement_code: string;
            /**
             * Achievement On
             * Format: date
             */
            achievement_on: string;
            /** Reason */
            reason: string;
        };
        /** CellErrorPublic */
        CellErrorPublic: {
            /** Sheet */
            sheet: string;
            /** Row */
            row: number;
            /** Column */
            column: string;
            /** Header */
            header: string;
            /** Field */
            field: string;
            /** Code */
            code: string;
            /** Message */
            message: string;
        };
        /** CertificationCreate */
        CertificationCreate: {
            /** Unit Id */
            unit_id: string;
            /**
             * Month
             * @description YYYY-MM
             * @example 2026-11
             */
            month: string;
        };
        /**
         * CertificationPreview
         * @description What the unit's head sees before certifying: the month, its window, whether they may, the changes.
         */
        CertificationPreview: {
            /** Unit Id */
            unit_id: string;
            /** Unit Name */
            unit_name: string;
            /** Month */
            month: string;
            /**
             * Window Opens
             * Format: date
             */
            window_opens: string;
            /**
             * Window Closes
             * Format: date
             */
            window_closes: string;
            /**
             * Today
             * Format: date
             */
            today: string;
            /**
             * Timing
             * @enum {string}
             */
            timing: "early" | "on_time" | "late";
            /** May Certify */
            may_certify: boolean;
            /** Refusal */
            refusal?: string | null;
            /** Refusal Message */
            refusal_message?: string | null;
            certification?: components["schemas"]["CertificationPublic"] | null;
            /** Changes */
            changes: components["schemas"]["Change"][];
            /**
             * Changes Capped
             * @default false
             */
            changes_capped?: boolean;
        };
        /** CertificationPublic */
        CertificationPublic: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Unit Id */
            unit_id: string;
            /** Unit Name */
            unit_name: string;
            /** Month */
            month: string;
            /**
             * Certified On
             * Format: date
             */
            certified_on: string;
            /**
             * Certified At
             * Format: date-time
             */
            certified_at: string;
            /** Certified By */
            certified_by: string;
            /** Certified By Name */
            certified_by_name: string | null;
            /** Late */
            late: boolean;
            /**
             * Window Opens
             * Format: date
             */
            window_opens: string;
            /**
             * Window Closes
             * Format: date
             */
            window_closes: string;
            /** Change Count */
            change_count: number;
            /** Size */
            size: number;
            /** Sha256 */
            sha256: string;
            /** Signer Subject */
            signer_subject: string;
            /** Signer Serial */
            signer_serial: string;
            /** Signer Kind */
            signer_kind: string;
        };
        /**
         * Change
         * @description One line of the certificate: a person, what changed, the decision and its date.
         */
        Change: {
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
            /**
             * Kind
             * @enum {string}
             */
            kind: "version" | "status";
            /** What */
            what: string;
            /** Decision Number */
            decision_number?: string | null;
            /** Decision Signed On */
            decision_signed_on?: string | null;
            /**
             * On
             * Format: date
             */
            on: string;
        };
        /** ChangeRequestCreate */
        ChangeRequestCreate: {
            /** Decision Number */
            decision_number?: string | null;
            /** Decision Signed On */
            decision_signed_on?: string | null;
            /** Person Id */
            person_id?: string | null;
            /** Unit Id */
            unit_id?: string | null;
            profile: components["schemas"]["Profile"];
            /** Note */
            note?: string | null;
        };
        /** ChangeRequestPublic */
        ChangeRequestPublic: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
            /** Kind */
            kind: string;
            /** Unit Id */
            unit_id: string;
            /** Base Version */
            base_version: number;
            /** Revision */
            revision: number;
            /** State */
            state: string;
            /** Profile */
            profile: {
                [key: string]: unknown;
            };
            /** Warnings */
            warnings: {
                [key: string]: unknown;
            }[];
            /** Note */
            note: string | null;
            /** Decision Number */
            decision_number: string | null;
            /** Decision Signed On */
            decision_signed_on: string | null;
            /** Created By */
            created_by: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Submitted By */
            submitted_by: string | null;
            /** Submitted At */
            submitted_at: string | null;
            /** Decided By */
            decided_by: string | null;
            /** Decided At */
            decided_at: string | null;
            /** Reject Reason */
            reject_reason: string | null;
        };
        /** ChangeRequestUpdate */
        ChangeRequestUpdate: {
            /** Decision Number */
            decision_number?: string | null;
            /** Decision Signed On */
            decision_signed_on?: string | null;
            /** Revision */
            revision: number;
            profile: components["schemas"]["Profile"];
            /** Note */
            note?: string | null;
        };
        /** ChangeRequestsPublic */
        ChangeRequestsPublic: {
            /** Items */
            items: components["schemas"]["ChangeRequestPublic"][];
            /** Total */
            total: number;
        };
        /** CompletionSubmit */
        CompletionSubmit: {
            /** Person Ids */
            person_ids: string[];
            /**
             * Completed On
             * Format: date
             */
            completed_on: string;
            /** Decision Number */
            decision_number: string;
            /**
             * Decision Signed On
             * Format: date
             */
            decision_signed_on: string;
            /** Issuer */
            issuer?: string | null;
        };
        /** Confirm */
        Confirm: {
            /**
             * Mode
             * @default draft
             * @enum {string}
             */
            mode?: "draft" | "submitted";
        };
        /** CourseCreate */
        CourseCreate: {
            /** Unit Id */
            unit_id?: string | null;
            /** Name */
            name: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "professional" | "political_theory" | "state_management" | "defence_security" | "it" | "language" | "other";
            /**
             * Location
             * @default domestic
             * @enum {string}
             */
            location?: "domestic" | "abroad";
            /** Country */
            country?: string | null;
            /** Mode */
            mode?: string | null;
            /** Specialty */
            specialty?: string | null;
            /** School */
            school: string;
            /** Diploma */
            diploma?: string | null;
            /** Level Code */
            level_code?: string | null;
            /**
             * Funding
             * @default state
             * @enum {string}
             */
            funding?: "state" | "unit" | "self" | "sponsor";
            /**
             * Starts On
             * Format: date
             */
            starts_on: string;
            /**
             * Ends On
             * Format: date
             */
            ends_on: string;
        };
        /** CoursePage */
        CoursePage: {
            /** Items */
            items: components["schemas"]["CoursePublic"][];
            /** Total */
            total: number;
        };
        /** CoursePublic */
        CoursePublic: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Unit Id */
            unit_id: string;
            /** Unit Name */
            unit_name?: string | null;
            /** Name */
            name: string;
            /** Kind */
            kind: string;
            /** Location */
            location: string;
            /** Country */
            country: string | null;
            /** Mode */
            mode: string | null;
            /** Specialty */
            specialty: string | null;
            /** School */
            school: string;
            /** Diploma */
            diploma: string | null;
            /** Level Code */
            level_code: string | null;
            /** Level Name */
            level_name?: string | null;
            /** Mode Name */
            mode_name?: string | null;
            /** Funding */
            funding: string;
            /**
             * Starts On
             * Format: date
             */
            starts_on: string;
            /**
             * Ends On
             * Format: date
             */
            ends_on: string;
            /** Created By */
            created_by: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Attendee Count
             * @default 0
             */
            attendee_count?: number;
            /**
             * Completed Count
             * @default 0
             */
            completed_count?: number;
            /**
             * Pending Count
             * @default 0
             */
            pending_count?: number;
            /**
             * May Approve
             * @default false
             */
            may_approve?: boolean;
            /**
             * Attendees
             * @default []
             */
            attendees?: components["schemas"]["AttendancePublic"][];
        };
        /** DecisionCreate */
        DecisionCreate: {
            /**
             * Kind
             * @enum {string}
             */
            kind: "award" | "discipline";
            /** Number */
            number: string;
            /**
             * Signed On
             * Format: date
             */
            signed_on: string;
            /** Issuer */
            issuer: string;
            /** Signer */
            signer?: string | null;
            /** Form */
            form: string;
            /** Level */
            level?: string | null;
            /** Achievement Year */
            achievement_year?: number | null;
            /** Violation */
            violation?: string | null;
            /**
             * Duty Related
             * @default true
             */
            duty_related?: boolean;
            /** Note */
            note?: string | null;
            /** Person Ids */
            person_ids: string[];
        };
        /** DecisionPage */
        DecisionPage: {
            /** Items */
            items: components["schemas"]["DecisionPublic"][];
            /** Total */
            total: number;
        };
        /** DecisionPublic */
        DecisionPublic: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "award" | "discipline";
            /** Unit Id */
            unit_id: string;
            /** Unit Name */
            unit_name?: string | null;
            /**
             * State
             * @enum {string}
             */
            state: "submitted" | "approved" | "rejected";
            /** Batch Id */
            batch_id?: string | null;
            /** Number */
            number: string;
            /**
             * Signed On
             * Format: date
             */
            signed_on: string;
            /** Issuer */
            issuer: string;
            /** Signer */
            signer: string | null;
            /** Form */
            form: string;
            /** Form Name */
            form_name?: string | null;
            /** Level */
            level: string | null;
            /** Achievement Year */
            achievement_year: number | null;
            /** Violation */
            violation: string | null;
            /** Valid Until */
            valid_until?: string | null;
            /** Duty Related */
            duty_related: boolean;
            /** Note */
            note: string | null;
            /** Person Count */
            person_count: number;
            /** Created By */
            created_by: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Submitted By */
            submitted_by: string | null;
            /** Decided By */
            decided_by: string | null;
            /** Decided At */
            decided_at: string | null;
            /** Reject Reason */
            reject_reason: string | null;
            /**
             * May Approve
             * @default false
             */
            may_approve?: boolean;
            /**
             * Entries
             * @default []
             */
            entries?: components["schemas"]["RegisterEntryPublic"][];
        };
        /**
         * Declaration
         * @description What the person sees and sends: only the declarable part of their record.
         */
        Declaration: {
            identity: components["schemas"]["DeclaredIdentity"];
            /**
             * Family Relations
             * @default []
             */
            family_relations?: components["schemas"]["FamilyRelation"][];
        };
        /**
         * DeclarationForm
         * @description The form behind a link: whose it is (name and unit only), the round, the record's part, the draft.
         */
        DeclarationForm: {
            /** Full Name */
            full_name: string;
            /** Unit Name */
            unit_name: string | null;
            /** Year */
            year: number;
            /**
             * Closes On
             * Format: date
             */
            closes_on: string;
            current: components["schemas"]["Declaration"];
            draft: components["schemas"]["Declaration"] | null;
            /** Signed At */
            signed_at: string | null;
            /** No Change */
            no_change: boolean;
        };
        /**
         * DeclaredIdentity
         * @description The identity fields of the supplementary résumé form (rules.DECLARABLE_IDENTITY).
         */
        DeclaredIdentity: {
            /** Other Names */
            other_names?: string | null;
            /** Religion */
            religion?: string | null;
            /** Personal Id Number */
            personal_id_number?: string | null;
            /** Personal Id Issued On */
            personal_id_issued_on?: string | null;
            /** Personal Id Issued By */
            personal_id_issued_by?: string | null;
            /** Phone */
            phone?: string | null;
            /** Email */
            email?: string | null;
            permanent_address?: components["schemas"]["Address"] | null;
            current_address?: components["schemas"]["Address"] | null;
            /** Marital Status */
            marital_status?: string | null;
        };
        /** DiffPublic */
        DiffPublic: {
            /**
             * Change Request Id
             * Format: uuid
             */
            change_request_id: string;
            /** Base Version */
            base_version: number;
            /** Current Version */
            current_version: number;
            /** Stale */
            stale: boolean;
            /** Changes */
            changes: components["schemas"]["FieldDiff"][];
        };
        /** Discipline */
        Discipline: {
            /** From Month */
            from_month?: string | null;
            /** To Month */
            to_month?: string | null;
            /** Form */
            form: string;
            /** Violation */
            violation?: string | null;
            /** Decided By */
            decided_by?: string | null;
            /** Decision Number */
            decision_number?: string | null;
            /** Decided On */
            decided_on?: string | null;
        };
        /** DisciplineEffectPublic */
        DisciplineEffectPublic: {
            /** Form */
            form: string;
            /** Form Name */
            form_name?: string | null;
            /**
             * Decided On
             * Format: date
             */
            decided_on: string;
            /** Decision Number */
            decision_number?: string | null;
            /** Extension Months */
            extension_months: number;
            /** Extension Basis */
            extension_basis: string;
            /** In Force Until */
            in_force_until: string | null;
            /** In Force */
            in_force: boolean;
            /** Restricted Until */
            restricted_until: string | null;
            /** Restricted */
            restricted: boolean;
            /** Forced Rating Year */
            forced_rating_year: number | null;
        };
        /** DocumentPublic */
        DocumentPublic: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
            /** Document Type */
            document_type: string;
            /** Number */
            number: string | null;
            /** Issued On */
            issued_on: string | null;
            /** Issuer */
            issuer: string | null;
            /** Summary */
            summary: string | null;
            /** Current Version */
            current_version: number;
            /** Created By */
            created_by: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Versions
             * @default []
             */
            versions?: components["schemas"]["DocumentVersionPublic"][];
        };
        /** DocumentVersionPublic */
        DocumentVersionPublic: {
            /** Version */
            version: number;
            /** Content Type */
            content_type: string;
            /** Size */
            size: number;
            /** Sha256 */
            sha256: string;
            /** Filename */
            filename: string | null;
            /** Uploaded By */
            uploaded_by: string;
            /**
             * Uploaded At
             * Format: date-time
             */
            uploaded_at: string;
        };
        /** DownloadLink */
        DownloadLink: {
            /** Url */
            url: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /** Version */
            version: number;
        };
        /** DueDates */
        DueDates: {
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
            /** Version */
            version: number;
            /** Status */
            status: string;
            /**
             * As Of
             * Format: date
             */
            as_of: string;
            salary?: components["schemas"]["SalaryDue"] | null;
            retirement?: components["schemas"]["RetirementDue"] | null;
            /**
             * Appointments
             * @default []
             */
            appointments?: components["schemas"]["TermDue"][];
            /**
             * Problems
             * @default []
             */
            problems?: components["schemas"]["Problem"][];
        };
        /** DueListItem */
        DueListItem: {
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
            /** Full Name */
            full_name: string;
            /** Birth Date */
            birth_date: string | null;
            /** Unit Id */
            unit_id: string;
            /** Unit Name */
            unit_name: string | null;
            /**
             * Kind
             * @enum {string}
             */
            kind: "raise" | "beyond_frame" | "retirement" | "term";
            /**
             * Due On
             * Format: date
             * @description next step raise, beyond-frame rate, last day of work, or term end
             */
            due_on: string;
            /**
             * State
             * @description raise: upcoming | past_due; retirement: upcoming | notice_overdue | decision_overdue | past; term: running | warning | overdue | ended (R-31)
             */
            state: string;
            /**
             * Details
             * @description raise/beyond_frame: rank_code, salary_group, step, coefficient, next_step, next_coefficient, beyond_frame_percent, held_since, extension_months, non_counted_months, position; retirement: retirement_date, pension_from, notice_due, decision_due, age_months, source, gender, position; term: position, term_start, warn_from, procedure_start_by, decision_due_by, at_term_end, remaining_months_at_term_end
             */
            details: {
                [key: string]: unknown;
            };
        };
        /** DueListPage */
        DueListPage: {
            /**
             * Kind
             * @enum {string}
             */
            kind: "raise" | "beyond_frame" | "retirement" | "term";
            /**
             * Date From
             * Format: date
             */
            date_from: string;
            /**
             * Date To
             * Format: date
             */
            date_to: string;
            /**
             * As Of
             * Format: date
             */
            as_of: string;
            /** Items */
            items: components["schemas"]["DueListItem"][];
            /** Total */
            total: number;
        };
        /** EarlyRaiseList */
        EarlyRaiseList: {
            /** Year */
            year: number;
            /** Unit Id */
            unit_id: string | null;
            /** Payroll Count */
            payroll_count: number;
            /** Quota */
            quota: number;
            /** Taken */
            taken: number;
            /** Remaining */
            remaining: number;
            /** Items */
            items: components["schemas"]["Candidate"][];
        };
        /**
         * EarlyRaiseUsage
         * @description An award used for an early raise (R-13), computed from the early-raise batch decisions naming it (or,
         *     for a raise decided outside the system, the date recorded on the register's entry).
         */
        EarlyRaiseUsage: {
            /** Effective On */
            effective_on: string | null;
            /** Batch Id */
            batch_id?: string | null;
            /** Decision Number */
            decision_number?: string | null;
            /** Decision Signed On */
            decision_signed_on?: string | null;
            /** State */
            state: string;
            /** Text */
            text: string;
        };
        /** EarlyRaiseUse */
        EarlyRaiseUse: {
            /**
             * Raised On
             * Format: date
             */
            raised_on: string;
        };
        /** Education */
        Education: {
            /** General Education */
            general_education?: string | null;
            /** Highest Qualification */
            highest_qualification?: string | null;
            /** Major */
            major?: string | null;
            /** Academic Title */
            academic_title?: string | null;
            /** Academic Title Year */
            academic_title_year?: number | null;
            /** Honorary Title */
            honorary_title?: string | null;
            /** Honorary Title Year */
            honorary_title_year?: number | null;
            /** Political Theory Level */
            political_theory_level?: string | null;
            /** State Management Level */
            state_management_level?: string | null;
            /** It Level */
            it_level?: string | null;
            /**
             * Foreign Languages
             * @default []
             */
            foreign_languages?: components["schemas"]["ForeignLanguage"][];
        };
        /** Evaluation */
        Evaluation: {
            /** Year */
            year: number;
            /** Rating */
            rating?: string | null;
            /** Emulation Title */
            emulation_title?: string | null;
            /** Award */
            award?: string | null;
        };
        /** EvaluationApprove */
        EvaluationApprove: {
            /** Decision Number */
            decision_number: string;
            /**
             * Decision Signed On
             * Format: date
             */
            decision_signed_on: string;
        };
        /** EvaluationEntryInput */
        EvaluationEntryInput: {
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
            /**
             * Months Worked
             * @default 12
             */
            months_worked?: number;
            /**
             * Leave Exception
             * @default false
             */
            leave_exception?: boolean;
            /**
             * Is Head
             * @default false
             */
            is_head?: boolean;
            /**
             * Forced
             * @default false
             */
            forced?: boolean;
            /** Forced Reason */
            forced_reason?: string | null;
            /** Self Assessment */
            self_assessment?: string | null;
            /** Score */
            score?: number | string | null;
            /** Rating */
            rating?: string | null;
        };
        /** EvaluationEntryPublic */
        EvaluationEntryPublic: {
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
            /** Full Name */
            full_name: string;
            /** Birth Date */
            birth_date: string | null;
            /** Position */
            position: string | null;
            /** Staff Category */
            staff_category: string | null;
            /** Months Worked */
            months_worked: number;
            /** Leave Exception */
            leave_exception: boolean;
            /** Is Head */
            is_head: boolean;
            /** Forced */
            forced: boolean;
            /** Forced Reason */
            forced_reason: string | null;
            /** Forcing Discipline */
            forcing_discipline?: string | null;
            /** Self Assessment */
            self_assessment: string | null;
            /** Score */
            score: string | null;
            /** Rating */
            rating: string | null;
            /** Score Level */
            score_level: string | null;
            /** Scheme */
            scheme: string | null;
            /** Score Required */
            score_required: boolean;
            /** Levels */
            levels: string[];
            /** Legal Basis */
            legal_basis: string | null;
            /** Previous Year Rating */
            previous_year_rating: string | null;
            poor_flag: components["schemas"]["EvaluationPoorFlag"] | null;
            /** Saved */
            saved: boolean;
            /** Applied Version */
            applied_version: number | null;
        };
        /** EvaluationHistoryRow */
        EvaluationHistoryRow: {
            /** Year */
            year: number;
            /** Rating */
            rating: string | null;
            /** Emulation Title */
            emulation_title?: string | null;
            /** Award */
            award?: string | null;
        };
        /** EvaluationIssue */
        EvaluationIssue: {
            /** Person Id */
            person_id: string | null;
            /** Field */
            field: string;
            /** Code */
            code: string;
            /** Message */
            message: string;
        };
        /** EvaluationPendingRow */
        EvaluationPendingRow: {
            /** Year */
            year: number;
            /** Unit Id */
            unit_id: string;
            /** State */
            state: string;
            /** Rating */
            rating: string | null;
            /** Score */
            score: string | null;
        };
        /** EvaluationPoorFlag */
        EvaluationPoorFlag: {
            /** Years */
            years: [
                number,
                number
            ];
            /** Procedure */
            procedure: string;
            /** Message */
            message: string;
        };
        /** EvaluationProgress */
        EvaluationProgress: {
            round: components["schemas"]["EvaluationRoundPublic"];
            /**
             * As Of
             * Format: date
             */
            as_of: string;
            /** Rows */
            rows: components["schemas"]["EvaluationProgressRow"][];
            /** Units */
            units: number;
            /** Approved */
            approved: number;
            /** Late */
            late: number;
            /** To Rate */
            to_rate: number;
            /** Rated */
            rated: number;
        };
        /** EvaluationProgressRow */
        EvaluationProgressRow: {
            /** Unit Id */
            unit_id: string;
            /** Unit Name */
            unit_name: string;
            /** To Rate */
            to_rate: number;
            /** Rated */
            rated: number;
            /** State */
            state: string;
            /** Submitted At */
            submitted_at: string | null;
            /** Decided At */
            decided_at: string | null;
            /** Poor */
            poor: number;
            /** Flagged */
            flagged: number;
            /** Late */
            late: boolean;
        };
        /** EvaluationQuota */
        EvaluationQuota: {
            /** Task Group */
            task_group: string;
            /** Good */
            good: number;
            /** Excellent */
            excellent: number;
            /** Percent */
            percent: number;
            /** Allowed */
            allowed: number;
            /** Exceeded */
            exceeded: boolean;
        };
        /** EvaluationReject */
        EvaluationReject: {
            /** Reason */
            reason: string;
        };
        /** EvaluationRoundCreate */
        EvaluationRoundCreate: {
            /** Year */
            year: number;
            /** Closes On */
            closes_on?: string | null;
            /**
             * Special Year End
             * @default false
             */
            special_year_end?: boolean;
            /** Note */
            note?: string | null;
        };
        /** EvaluationRoundPublic */
        EvaluationRoundPublic: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Year */
            year: number;
            /**
             * Closes On
             * Format: date
             */
            closes_on: string;
            /** State */
            state: string;
            /** Note */
            note: string | null;
            /** Opened By */
            opened_by: string;
            /**
             * Opened At
             * Format: date-time
             */
            opened_at: string;
            /** Closed By */
            closed_by: string | null;
            /** Closed At */
            closed_at: string | null;
            /** Overdue */
            overdue: boolean;
        };
        /** EvaluationSheetPublic */
        EvaluationSheetPublic: {
            round: components["schemas"]["EvaluationRoundPublic"];
            /** Unit Id */
            unit_id: string;
            /** Unit Name */
            unit_name: string;
            /** Sheet Id */
            sheet_id: string | null;
            /** State */
            state: string;
            /** Revision */
            revision: number;
            /** Unit Rating */
            unit_rating: string | null;
            /** Created By */
            created_by: string | null;
            /** Updated By */
            updated_by: string | null;
            /** Submitted By */
            submitted_by: string | null;
            /** Submitted At */
            submitted_at: string | null;
            /** Decided By */
            decided_by: string | null;
            /** Decided At */
            decided_at: string | null;
            /** Decision Number */
            decision_number: string | null;
            /** Decision Signed On */
            decision_signed_on: string | null;
            /** Reject Reason */
            reject_reason: string | null;
            /** Entries */
            entries: components["schemas"]["EvaluationEntryPublic"][];
            /** Quotas */
            quotas: components["schemas"]["EvaluationQuota"][];
            /** Issues */
            issues: components["schemas"]["EvaluationIssue"][];
        };
        /** EvaluationSheetSave */
        EvaluationSheetSave: {
            /**
             * Revision
             * @default 0
             */
            revision?: number;
            /** Unit Rating */
            unit_rating?: string | null;
            /**
             * Entries
             * @default []
             */
            entries?: components["schemas"]["EvaluationEntryInput"][];
        };
        /** ExtensionPublic */
        ExtensionPublic: {
            /** Event */
            event: string;
            /**
             * On
             * Format: date
             */
            on: string;
            /** Months */
            months: number;
            /** Source */
            source: string;
            /** Legal Basis */
            legal_basis: string;
        };
        /** FamilyEconomy */
        FamilyEconomy: {
            /** Salary Income */
            salary_income?: number | null;
            /** Other Income */
            other_income?: string | null;
            /** Allocated Housing */
            allocated_housing?: string | null;
            /** Allocated Housing Area M2 */
            allocated_housing_area_m2?: number | string | null;
            /** Own Housing */
            own_housing?: string | null;
            /** Own Housing Area M2 */
            own_housing_area_m2?: number | string | null;
            /** Allocated Land M2 */
            allocated_land_m2?: number | string | null;
            /** Purchased Land M2 */
            purchased_land_m2?: number | string | null;
            /** Business Land */
            business_land?: string | null;
        };
        /** FamilyRelation */
        FamilyRelation: {
            /**
             * Side
             * @enum {string}
             */
            side: "self" | "spouse";
            /** Relation */
            relation: string;
            /** Full Name */
            full_name: string;
            /** Birth Year */
            birth_year?: number | null;
            /** Details */
            details?: string | null;
        };
        /** FieldChangePublic */
        FieldChangePublic: {
            /** Path */
            path: string;
            /** Old */
            old?: unknown;
            /** New */
            new?: unknown;
        };
        /** FieldDiff */
        FieldDiff: {
            /** Path */
            path: string;
            /** Official */
            official: unknown;
            /** Proposed */
            proposed: unknown;
        };
        /** FieldEventPublic */
        FieldEventPublic: {
            /** Version */
            version: number;
            /** Old */
            old: unknown;
            /** New */
            new: unknown;
            /** Changed By */
            changed_by: string;
            /** Changed At */
            changed_at: string;
            /** Decision Number */
            decision_number: string | null;
        };
        /** ForeignLanguage */
        ForeignLanguage: {
            /** Language */
            language: string;
            /** Level */
            level?: string | null;
        };
        /** Header */
        Header: {
            /** Managing Unit Id */
            managing_unit_id?: string | null;
            /** Employing Unit Id */
            employing_unit_id?: string | null;
            /** Personnel Number */
            personnel_number?: string | null;
            /** Identification Code */
            identification_code?: string | null;
        };
        /** Health */
        Health: {
            /** Health Status */
            health_status?: string | null;
            /** Height Cm */
            height_cm?: number | null;
            /** Weight Kg */
            weight_kg?: number | null;
            /** Blood Group */
            blood_group?: string | null;
        };
        /** HistoryPeriod */
        HistoryPeriod: {
            /** From Month */
            from_month?: string | null;
            /** To Month */
            to_month?: string | null;
            /** Description */
            description: string;
        };
        /** Identity */
        Identity: {
            /** Full Name */
            full_name: string;
            /** Gender */
            gender: string;
            /** Other Names */
            other_names?: string | null;
            /**
             * Birth Date
             * Format: date
             */
            birth_date: string;
            birth_place?: components["schemas"]["Address"] | null;
            home_town?: components["schemas"]["Address"] | null;
            /** Ethnicity */
            ethnicity?: string | null;
            /** Religion */
            religion?: string | null;
            /** Personal Id Number */
            personal_id_number?: string | null;
            /** Personal Id Issued On */
            personal_id_issued_on?: string | null;
            /** Personal Id Issued By */
            personal_id_issued_by?: string | null;
            /** Old Id Number */
            old_id_number?: string | null;
            /** Phone */
            phone?: string | null;
            /** Email */
            email?: string | null;
            /** Social Insurance Number */
            social_insurance_number?: string | null;
            /** Health Insurance Number */
            health_insurance_number?: string | null;
            permanent_address?: components["schemas"]["Address"] | null;
            current_address?: components["schemas"]["Address"] | null;
            /** Family Background */
            family_background?: string | null;
            /** Marital Status */
            marital_status?: string | null;
        };
        /** ImportDecisionPublic */
        ImportDecisionPublic: {
            /** Number */
            number: string;
            /** Signed On */
            signed_on: string | null;
            /** Signer */
            signer: string | null;
            /** Issuer */
            issuer: string | null;
        };
        /** ImportErrorsPublic */
        ImportErrorsPublic: {
            /** Items */
            items: components["schemas"]["CellErrorPublic"][];
            /** Total */
            total: number;
        };
        /** ImportItemPublic */
        ImportItemPublic: {
            /** Seq */
            seq: number;
            /** Row */
            row: number;
            /** Personal Id Number */
            personal_id_number: string;
            /** Full Name */
            full_name: string;
            /** Unit Id */
            unit_id: string | null;
            /** Action */
            action: string;
            /** Person Id */
            person_id: string | null;
            /** Changes */
            changes: string[];
            /** Warnings */
            warnings: {
                [key: string]: unknown;
            }[];
            /** Change Request Id */
            change_request_id: string | null;
        };
        /** ImportItemsPublic */
        ImportItemsPublic: {
            /** Items */
            items: components["schemas"]["ImportItemPublic"][];
            /** Total */
            total: number;
        };
        /** ImportJobPublic */
        ImportJobPublic: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** State */
            state: string;
            /** Mode */
            mode: string;
            /** File Name */
            file_name: string;
            /** Created By */
            created_by: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Confirmed By */
            confirmed_by: string | null;
            /** Confirmed At */
            confirmed_at: string | null;
            /** Finished At */
            finished_at: string | null;
            /** Total */
            total: number;
            /** Processed */
            processed: number;
            /** Created */
            created: number;
            /** Changed */
            changed: number;
            /** Unchanged */
            unchanged: number;
            /** Rejected */
            rejected: number;
            /** Error Count */
            error_count: number;
            /** Error Code */
            error_code: string | null;
            /** Error Message */
            error_message: string | null;
            /** Errors */
            errors: components["schemas"]["CellErrorPublic"][];
            decision?: components["schemas"]["ImportDecisionPublic"] | null;
            /** Approver */
            approver?: string | null;
            /** Approval Requested At */
            approval_requested_at?: string | null;
            /** Approved At */
            approved_at?: string | null;
            /**
             * Approval Total
             * @default 0
             */
            approval_total?: number;
            /**
             * Approval Processed
             * @default 0
             */
            approval_processed?: number;
            /**
             * Approved Count
             * @default 0
             */
            approved_count?: number;
            /**
             * Skipped Count
             * @default 0
             */
            skipped_count?: number;
            /**
             * Skips
             * @default []
             */
            skips?: components["schemas"]["ImportSkipPublic"][];
        };
        /** ImportJobsPublic */
        ImportJobsPublic: {
            /** Items */
            items: components["schemas"]["ImportJobPublic"][];
        };
        /** ImportSkipPublic */
        ImportSkipPublic: {
            /** Seq */
            seq: number;
            /**
             * Change Request Id
             * Format: uuid
             */
            change_request_id: string;
            /** Personal Id Number */
            personal_id_number: string;
            /** Full Name */
            full_name: string;
            /** Code */
            code: string;
            /** Message */
            message: string;
        };
        /** ItemCreate */
        ItemCreate: {
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
            patch: components["schemas"]["ProfilePatch"];
            /** Effective On */
            effective_on?: string | null;
            /** Reason */
            reason?: string | null;
            /** Summary */
            summary?: {
                [key: string]: unknown;
            };
        };
        /** ItemPublic */
        ItemPublic: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Position */
            position: number;
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
            /** Full Name */
            full_name: string;
            /** Unit Id */
            unit_id: string;
            /** Effective On */
            effective_on: string | null;
            /** Base Version */
            base_version: number;
            /** Patch */
            patch: {
                [key: string]: unknown;
            };
            /** Reason */
            reason: string | null;
            /** Summary */
            summary: {
                [key: string]: unknown;
            };
            /** Applied Version */
            applied_version: number | null;
        };
        /**
         * LinkPublic
         * @description One person's link; the token only right after it was made (it is never stored).
         */
        LinkPublic: {
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
            /** Full Name */
            full_name: string;
            /** Unit Id */
            unit_id: string;
            /** Email */
            email: string | null;
            /** Url */
            url: string | null;
            /** Expires At */
            expires_at: string | null;
        };
        /** NextRaiseAnswer */
        NextRaiseAnswer: {
            /**
             * Next Raise
             * Format: date
             */
            next_raise: string;
        };
        /** NextRaiseQuery */
        NextRaiseQuery: {
            /**
             * Salary Group
             * @description as in the salary-grades catalog, e.g. "A1", "A2.1", "B"
             */
            salary_group: string;
            /**
             * Step Start
             * Format: date
             */
            step_start: string;
            /**
             * Extension Months
             * @default 0
             */
            extension_months?: number;
        };
        /** OrganisationMembership */
        OrganisationMembership: {
            /** Organisation */
            organisation: string;
            /** Joined On */
            joined_on?: string | null;
            /** Role */
            role?: string | null;
        };
        /** Overview */
        Overview: {
            /** Unit Id */
            unit_id: string;
            /** Month */
            month: string;
            /**
             * Window Opens
             * Format: date
             */
            window_opens: string;
            /**
             * Window Closes
             * Format: date
             */
            window_closes: string;
            /**
             * Today
             * Format: date
             */
            today: string;
            /** Counts */
            counts: {
                [key: string]: number;
            };
            /** Rows */
            rows: components["schemas"]["OverviewRow"][];
        };
        /** OverviewRow */
        OverviewRow: {
            /** Unit Id */
            unit_id: string;
            /** Unit Name */
            unit_name: string;
            /** Parent Id */
            parent_id: string | null;
            /** Depth */
            depth: number;
            /**
             * Status
             * @enum {string}
             */
            status: "certified" | "late" | "missing" | "waiting";
            certification?: components["schemas"]["CertificationPublic"] | null;
        };
        /** PersonDiff */
        PersonDiff: {
            /**
             * Item Id
             * Format: uuid
             */
            item_id: string;
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
            /** Full Name */
            full_name: string;
            /** Base Version */
            base_version: number;
            /** Current Version */
            current_version: number;
            /** Stale */
            stale: boolean;
            /** Changes */
            changes: components["schemas"]["FieldDiff"][];
        };
        /** PersonEffects */
        PersonEffects: {
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
            /**
             * As Of
             * Format: date
             */
            as_of: string;
            /** Staff Category */
            staff_category: string;
            /** Pay Group */
            pay_group: string | null;
            /** Review Year */
            review_year: number;
            /** Extension Months */
            extension_months: number;
            /** Forced Ratings */
            forced_ratings: number[];
            /** Restricted Until */
            restricted_until: string | null;
            /** Disciplines */
            disciplines: components["schemas"]["DisciplineEffectPublic"][];
            /** Awards */
            awards: components["schemas"]["AwardEffectPublic"][];
            best_usable_award: components["schemas"]["AwardEffectPublic"] | null;
            /** Pending Decisions */
            pending_decisions: number;
        };
        /** PersonEvaluations */
        PersonEvaluations: {
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
            /** History */
            history: components["schemas"]["EvaluationHistoryRow"][];
            /** Pending */
            pending: components["schemas"]["EvaluationPendingRow"][];
            poor_flag: components["schemas"]["EvaluationPoorFlag"] | null;
        };
        /** PersonProgress */
        PersonProgress: {
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
            /** Full Name */
            full_name: string;
            /** Unit Id */
            unit_id: string;
            /**
             * Progress
             * @enum {string}
             */
            progress: "not_invited" | "not_declared" | "draft" | "declared" | "no_change" | "approved" | "rejected";
            /** Signed At */
            signed_at: string | null;
            /** Change Request Id */
            change_request_id: string | null;
            /** Reminded Count */
            reminded_count: number;
            /** Reminded At */
            reminded_at: string | null;
        };
        /** PersonPublic */
        PersonPublic: {
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
            /** Unit Id */
            unit_id: string;
            /** Version */
            version: number;
            /** Status */
            status: string;
            /** As Of */
            as_of?: string | null;
            /** Approved At */
            approved_at?: string | null;
            /** Approved By */
            approved_by?: string | null;
            /** Decision Number */
            decision_number?: string | null;
            /** Profile */
            profile: {
                [key: string]: unknown;
            } | null;
        };
        /** PersonSummary */
        PersonSummary: {
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
            /** Full Name */
            full_name: string;
            /** Birth Date */
            birth_date: string | null;
            /** Gender */
            gender: string | null;
            /** Unit Id */
            unit_id: string;
            /** Unit Name */
            unit_name: string | null;
            /** Position */
            position: string | null;
            /** Status */
            status: string;
        };
        /** PersonalHistory */
        PersonalHistory: {
            /** Arrests */
            arrests?: string | null;
            /**
             * Former Regime
             * @default []
             */
            former_regime?: components["schemas"]["HistoryPeriod"][];
            /**
             * Foreign Organisations
             * @default []
             */
            foreign_organisations?: components["schemas"]["HistoryPeriod"][];
            /** Relatives Abroad */
            relatives_abroad?: string | null;
        };
        PersonsPage: {
            [key: string]: unknown;
        };
        /** PhotoPublic */
        PhotoPublic: {
            /**
             * Document Id
             * Format: uuid
             */
            document_id: string;
            /** Version */
            version: number;
            /** Content Type */
            content_type: string;
            /** Width */
            width: number;
            /** Height */
            height: number;
            /** Size */
            size: number;
            /** Uploaded By */
            uploaded_by: string;
            /**
             * Uploaded At
             * Format: date-time
             */
            uploaded_at: string;
        };
        /** PlanSummary */
        PlanSummary: {
            /**
             * Kind
             * @enum {string}
             */
            kind: "political_theory" | "state_management";
            /**
             * As Of
             * Format: date
             */
            as_of: string;
            /** Units */
            units: components["schemas"]["PlanUnit"][];
            total: components["schemas"]["PlanUnit"];
        };
        /** PlanUnit */
        PlanUnit: {
            /** Unit Id */
            unit_id: string;
            /** Unit Name */
            unit_name: string | null;
            /** People */
            people: number;
            /** Required */
            required: number;
            /** Lacking */
            lacking: number;
            /** Lacking Planned */
            lacking_planned: number;
            /** Lacking Unplanned */
            lacking_unplanned: number;
            /** Planned */
            planned: number;
        };
        /** PoliticalLife */
        PoliticalLife: {
            /** Party Joined On */
            party_joined_on?: string | null;
            /** Party Official On */
            party_official_on?: string | null;
            /** First Organisation */
            first_organisation?: string | null;
            /** First Organisation Joined On */
            first_organisation_joined_on?: string | null;
            /**
             * Organisations
             * @default []
             */
            organisations?: components["schemas"]["OrganisationMembership"][];
            /** Enlisted On */
            enlisted_on?: string | null;
            /** Discharged On */
            discharged_on?: string | null;
            /** Highest Military Rank */
            highest_military_rank?: string | null;
            /** Policy Category */
            policy_category?: string | null;
            /** War Invalid Grade */
            war_invalid_grade?: string | null;
        };
        /** Positions */
        Positions: {
            /** Current Position */
            current_position?: string | null;
            /** Appointed On */
            appointed_on?: string | null;
            /** Reappointed On */
            reappointed_on?: string | null;
            /** Planned Position */
            planned_position?: string | null;
            /** Planned Period */
            planned_period?: string | null;
            /**
             * Concurrent Positions
             * @default []
             */
            concurrent_positions?: string[];
            /** Party Position */
            party_position?: string | null;
            /**
             * Party Concurrent Positions
             * @default []
             */
            party_concurrent_positions?: string[];
            /** Main Work */
            main_work?: string | null;
            /** Strengths */
            strengths?: string | null;
            /** Longest Job */
            longest_job?: string | null;
        };
        /** Problem */
        Problem: {
            /** Field */
            field: string;
            /** Code */
            code: string;
            /** Message */
            message: string;
        };
        /** Profile */
        Profile: {
            /** @default {} */
            header?: components["schemas"]["Header"];
            identity: components["schemas"]["Identity"];
            /**
             * @default {
             *       "staff_category": "civil_servant"
             *     }
             */
            recruitment?: components["schemas"]["Recruitment"];
            /**
             * @default {
             *       "organisations": []
             *     }
             */
            political?: components["schemas"]["PoliticalLife"];
            /**
             * @default {
             *       "foreign_languages": []
             *     }
             */
            education?: components["schemas"]["Education"];
            /**
             * @default {
             *       "concurrent_positions": [],
             *       "party_concurrent_positions": []
             *     }
             */
            positions?: components["schemas"]["Positions"];
            /** @default {} */
            salary?: components["schemas"]["Salary"];
            /** @default {} */
            health?: components["schemas"]["Health"];
            /**
             * Training
             * @default []
             */
            training?: components["schemas"]["Training"][];
            /**
             * Work History
             * @default []
             */
            work_history?: components["schemas"]["WorkPeriod"][];
            /**
             * @default {
             *       "former_regime": [],
             *       "foreign_organisations": []
             *     }
             */
            personal_history?: components["schemas"]["PersonalHistory"];
            /**
             * Evaluations
             * @default []
             */
            evaluations?: components["schemas"]["Evaluation"][];
            /**
             * Awards
             * @default []
             */
            awards?: components["schemas"]["Award"][];
            /**
             * Disciplines
             * @default []
             */
            disciplines?: components["schemas"]["Discipline"][];
            /**
             * Family Relations
             * @default []
             */
            family_relations?: components["schemas"]["FamilyRelation"][];
            /**
             * Salary History
             * @default []
             */
            salary_history?: components["schemas"]["SalaryPeriod"][];
            /**
             * Allowance History
             * @default []
             */
            allowance_history?: components["schemas"]["AllowancePeriod"][];
            /** @default {} */
            family_economy?: components["schemas"]["FamilyEconomy"];
            /** Assessment */
            assessment?: string | null;
        };
        /**
         * ProfilePatch
         * @description The change a batch makes to one record, in the profile's own shape (profiles.schema.Profile):
         *
         *     - `set`: a section's field by its dotted path, e.g. {"salary.salary_step": 5, "salary.salary_coefficient": "3.66"};
         *     - `close_open`: a table whose open rows (no `to_month`) end on the given month, e.g. {"salary_history": "2026-02"};
         *     - `append`: rows added at the end of a table, e.g. {"salary_history": [{"from_month": "2026-03", ...}]}.
         *     Applied in that order; the result is validated as a whole profile.
         */
        ProfilePatch: {
            /** Set */
            set?: {
                [key: string]: unknown;
            };
            /** Close Open */
            close_open?: {
                [key: string]: string;
            };
            /** Append */
            append?: {
                [key: string]: {
                    [key: string]: unknown;
                }[];
            };
        };
        /** ReappointmentAnswer */
        ReappointmentAnswer: {
            /**
             * Term End
             * Format: date
             */
            term_end: string;
            /**
             * Procedure Start By
             * Format: date
             */
            procedure_start_by: string;
        };
        /** ReappointmentQuery */
        ReappointmentQuery: {
            /**
             * Term Start
             * Format: date
             */
            term_start: string;
        };
        /** Recruitment */
        Recruitment: {
            /**
             * Staff Category
             * @default civil_servant
             * @enum {string}
             */
            staff_category?: "cadre" | "civil_servant" | "public_employee" | "contract_worker";
            /** Occupation Before Recruitment */
            occupation_before_recruitment?: string | null;
            /** First Recruited On */
            first_recruited_on?: string | null;
            /** Recruiting Body */
            recruiting_body?: string | null;
            /** Recruitment Form */
            recruitment_form?: string | null;
            /** Recruitment Source */
            recruitment_source?: string | null;
            /** Joined Current Agency On */
            joined_current_agency_on?: string | null;
        };
        /** RegisterEntryPublic */
        RegisterEntryPublic: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
            /** Unit Id */
            unit_id: string;
            /** Unit Name */
            unit_name?: string | null;
            /** Full Name */
            full_name: string;
            /** Staff Category */
            staff_category: string | null;
            /** Applied Version */
            applied_version: number | null;
            /** Used For Early Raise On */
            used_for_early_raise_on: string | null;
            early_raise?: components["schemas"]["EarlyRaiseUsage"] | null;
        };
        /** RegisterReject */
        RegisterReject: {
            /**
             * Reason
             * @default
             */
            reason?: string;
        };
        /** Reject */
        Reject: {
            /** Reason */
            reason: string;
        };
        /** RemindBody */
        RemindBody: {
            /** Unit Id */
            unit_id: string;
            /** Person Ids */
            person_ids?: string[] | null;
        };
        /** RetirementAnswer */
        RetirementAnswer: {
            /**
             * Retirement Date
             * Format: date
             * @description the last day of work
             */
            retirement_date: string;
            /**
             * Pension From
             * Format: date
             */
            pension_from: string;
            /**
             * Notice Due
             * Format: date
             * @description the written notice at the latest (6 months before)
             */
            notice_due: string;
            /**
             * Decision Due
             * Format: date
             * @description the retirement decision at the latest (3 months before)
             */
            decision_due: string;
        };
        /** RetirementDue */
        RetirementDue: {
            /**
             * Retirement Date
             * Format: date
             * @description the last day of work
             */
            retirement_date: string;
            /**
             * Pension From
             * Format: date
             */
            pension_from: string;
            /**
             * Notice Due
             * Format: date
             * @description the written notice at the latest (6 months before)
             */
            notice_due: string;
            /**
             * Decision Due
             * Format: date
             * @description the retirement decision at the latest (3 months before)
             */
            decision_due: string;
            /** Age Years */
            age_years: number | null;
            /** Age Months */
            age_months: number | null;
            /**
             * Source
             * @enum {string}
             */
            source: "catalog" | "schedule" | "override";
            /** Legal Basis */
            legal_basis: string;
            override?: components["schemas"]["RetirementOverridePublic"] | null;
        };
        /** RetirementOverridePublic */
        RetirementOverridePublic: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Retirement Date */
            retirement_date: string | null;
            /** Kind */
            kind: string;
            /** Legal Basis */
            legal_basis: string;
            /** Decision Number */
            decision_number: string | null;
            /** Decision Signed On */
            decision_signed_on: string | null;
            /** Recorded By */
            recorded_by: string;
            /**
             * Recorded At
             * Format: date-time
             */
            recorded_at: string;
        };
        /** RetirementOverrideSet */
        RetirementOverrideSet: {
            /**
             * Retirement Date
             * Format: date
             * @description the last day of work
             */
            retirement_date: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "early" | "late";
            /** Legal Basis */
            legal_basis: string;
            /** Decision Number */
            decision_number?: string | null;
            /** Decision Signed On */
            decision_signed_on?: string | null;
        };
        /** RetirementProposalQuery */
        RetirementProposalQuery: {
            /** Person Ids */
            person_ids: string[];
        };
        /** RetirementQuery */
        RetirementQuery: {
            /**
             * Gender
             * @description gender catalog code: "1" male, "2" female
             * @enum {string}
             */
            gender: "1" | "2";
            /**
             * Birth Date
             * Format: date
             */
            birth_date: string;
        };
        /** RoundCreate */
        RoundCreate: {
            /** Year */
            year: number;
            /**
             * Opens On
             * Format: date
             */
            opens_on: string;
            /**
             * Closes On
             * Format: date
             */
            closes_on: string;
            /** Note */
            note?: string | null;
        };
        /** RoundProgress */
        RoundProgress: {
            round: components["schemas"]["RoundPublic"];
            /** Units */
            units: components["schemas"]["UnitCount"][];
            /** People */
            people: components["schemas"]["PersonProgress"][];
        };
        /** RoundPublic */
        RoundPublic: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Year */
            year: number;
            /**
             * Opens On
             * Format: date
             */
            opens_on: string;
            /**
             * Closes On
             * Format: date
             */
            closes_on: string;
            /**
             * State
             * @enum {string}
             */
            state: "not_yet_open" | "open" | "closed";
            /** Note */
            note: string | null;
            /** Opened By */
            opened_by: string;
        };
        /**
         * Salary
         * @description 30.1 (coefficient-based), 30.2 (allowances) and 30.3 (job-position amount): all nullable.
         */
        Salary: {
            /** Salary Sector */
            salary_sector?: string | null;
            /** Rank Code */
            rank_code?: string | null;
            /** Rank Appointed On */
            rank_appointed_on?: string | null;
            /** Salary Step */
            salary_step?: number | null;
            /** Salary Coefficient */
            salary_coefficient?: number | string | null;
            /** Salary Effective On */
            salary_effective_on?: string | null;
            /** Salary Percent */
            salary_percent?: number | string | null;
            /** Beyond Frame Percent */
            beyond_frame_percent?: number | string | null;
            /** Beyond Frame Effective On */
            beyond_frame_effective_on?: string | null;
            /** Position Allowance */
            position_allowance?: number | string | null;
            /** Concurrent Allowance */
            concurrent_allowance?: number | string | null;
            /** Other Allowances */
            other_allowances?: string | null;
            /** Job Position */
            job_position?: string | null;
            /** Job Position Code */
            job_position_code?: string | null;
            /** Job Career Level */
            job_career_level?: string | null;
            /** Job Salary Step */
            job_salary_step?: number | null;
            /** Job Salary Amount */
            job_salary_amount?: number | null;
            /** Job Salary Effective On */
            job_salary_effective_on?: string | null;
        };
        /** SalaryDue */
        SalaryDue: {
            /**
             * Kind
             * @enum {string}
             */
            kind: "step_raise" | "beyond_frame";
            /** Rank Code */
            rank_code: string;
            /** Salary Group */
            salary_group: string;
            /** Salary Table */
            salary_table: string;
            /** Step */
            step: number;
            /** Coefficient */
            coefficient: string | null;
            /**
             * Held Since
             * Format: date
             */
            held_since: string;
            /**
             * Due On
             * Format: date
             */
            due_on: string;
            /** Next Step */
            next_step?: number | null;
            /** Next Coefficient */
            next_coefficient?: string | null;
            /** Beyond Frame Percent */
            beyond_frame_percent?: number | null;
            /** Period Months */
            period_months: number;
            /** Extension Months */
            extension_months: number;
            /** Non Counted Months */
            non_counted_months: number;
            /**
             * Extensions
             * @default []
             */
            extensions?: components["schemas"]["ExtensionPublic"][];
            /** Early Before Retirement */
            early_before_retirement?: string | null;
            /** Legal Basis */
            legal_basis: string;
        };
        /** SalaryPeriod */
        SalaryPeriod: {
            /**
             * From Month
             * @description YYYY-MM
             */
            from_month: string;
            /** To Month */
            to_month?: string | null;
            /** Rank Code */
            rank_code?: string | null;
            /** Step */
            step?: number | null;
            /** Coefficient */
            coefficient?: number | string | null;
            /** Amount */
            amount?: number | null;
            /** Decision Number */
            decision_number?: string | null;
            /** Raise Form */
            raise_form?: string | null;
        };
        /** SalaryProposal */
        SalaryProposal: {
            /**
             * Person Id
             * Format: uuid
             */
            person_id: string;
            /** Full Name */
            full_name: string;
            /** Unit Id */
            unit_id: string;
            /** Rank Code */
            rank_code: string | null;
            /** Salary Group */
            salary_group: string | null;
            /** Step */
            step: number | null;
            /** Coefficient */
            coefficient: string | null;
            /** New Step */
            new_step: number | null;
            /** New Coefficient */
            new_coefficient: string | null;
            /** Beyond Frame Percent */
            beyond_frame_percent?: number | null;
            /** Effective On */
            effective_on: string | null;
            /** Base Salary */
            base_salary: number | null;
            /** Monthly Amount */
            monthly_amount: number | null;
            /** Reason */
            reason?: string | null;
            /** Problem */
            problem?: string | null;
            /** Problem Message */
            problem_message?: string | null;
            item?: components["schemas"]["ItemCreate"] | null;
        };
        /**
         * SalaryProposalQuery
         * @description People picked from a due list: the system proposes each one's new step, coefficient, amount and date.
         */
        SalaryProposalQuery: {
            /**
             * Kind
             * @default salary_raise
             * @enum {string}
             */
            kind?: "salary_raise" | "beyond_frame" | "early_raise";
            /** Person Ids */
            person_ids: string[];
            /** Effective On */
            effective_on?: string | null;
            /** Dates */
            dates?: {
                [key: string]: string;
            };
            /** Reasons */
            reasons?: {
                [key: string]: string;
            };
        };
        /** SalaryProposals */
        SalaryProposals: {
            /** Kind */
            kind: string;
            /** Items */
            items: components["schemas"]["SalaryProposal"][];
        };
        /** SignBody */
        SignBody: {
            /** Full Name */
            full_name: string;
            /** Statement */
            statement: boolean;
            declaration: components["schemas"]["Declaration"];
        };
        /** SignResult */
        SignResult: {
            /**
             * Signed At
             * Format: date-time
             */
            signed_at: string;
            /** No Change */
            no_change: boolean;
            /** Changes */
            changes: components["schemas"]["FieldChangePublic"][];
            /** Content Hash */
            content_hash: string;
        };
        /** StatusEventCreate */
        StatusEventCreate: {
            /** Status */
            status: string;
            /**
             * Effective On
             * Format: date
             */
            effective_on: string;
            /** Reason */
            reason?: string | null;
            /** Leaving Form */
            leaving_form?: string | null;
            /** Decision Number */
            decision_number?: string | null;
            /** Decision Signed On */
            decision_signed_on?: string | null;
        };
        /** StatusEventPublic */
        StatusEventPublic: {
            /** Status */
            status: string;
            /**
             * Effective On
             * Format: date
             */
            effective_on: string;
            /** Reason */
            reason?: string | null;
            /** Leaving Form */
            leaving_form?: string | null;
            /** Decision Number */
            decision_number?: string | null;
            /** Decision Signed On */
            decision_signed_on?: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Recorded By */
            recorded_by: string;
            /**
             * Recorded At
             * Format: date-time
             */
            recorded_at: string;
        };
        /** TermDue */
        TermDue: {
            /** Position */
            position: string | null;
            /**
             * Term Start
             * Format: date
             */
            term_start: string;
            /**
             * Term End
             * Format: date
             */
            term_end: string;
            /**
             * Procedure Start By
             * Format: date
             */
            procedure_start_by: string;
            /**
             * Warn From
             * Format: date
             */
            warn_from: string;
            /** Decision Due By */
            decision_due_by: string | null;
            /**
             * State
             * @enum {string}
             */
            state: "running" | "warning" | "overdue" | "ended";
            /** At Term End */
            at_term_end: ("reappoint" | "until_retirement" | "extend_until_retirement") | null;
            /** Remaining Months At Term End */
            remaining_months_at_term_end: number | null;
            /** Legal Basis */
            legal_basis: string;
        };
        /**
         * Training
         * @description 32.1–32.6 (and 2C item 27) in one table; `kind` selects the sub-table.
         */
        Training: {
            /**
             * Kind
             * @enum {string}
             */
            kind: "professional" | "political_theory" | "state_management" | "defence_security" | "it" | "language" | "other";
            /** From Month */
            from_month?: string | null;
            /** To Month */
            to_month?: string | null;
            /** Institution */
            institution: string;
            /** Field */
            field?: string | null;
            /** Mode */
            mode?: string | null;
            /** Degree */
            degree?: string | null;
            /** Qualification */
            qualification?: string | null;
            /** Language */
            language?: string | null;
            /** Language Level */
            language_level?: string | null;
            /** Score */
            score?: string | null;
        };
        /** UnitCount */
        UnitCount: {
            /** Unit Id */
            unit_id: string;
            /** Unit Name */
            unit_name: string | null;
            /** People */
            people: number;
            /** Declared */
            declared: number;
            /** Approved */
            approved: number;
            /** Not Yet */
            not_yet: number;
        };
        /** VersionPublic */
        VersionPublic: {
            /** Version */
            version: number;
            /** Unit Id */
            unit_id: string;
            /** Approved By */
            approved_by: string;
            /**
             * Approved At
             * Format: date-time
             */
            approved_at: string;
            /** Submitted By */
            submitted_by: string;
            /** Decision Number */
            decision_number: string | null;
            /** Decision Signed On */
            decision_signed_on: string | null;
            /** Change Request Id */
            change_request_id: string | null;
        };
        /** WorkPeriod */
        WorkPeriod: {
            /**
             * From Month
             * @description YYYY-MM
             */
            from_month: string;
            /** To Month */
            to_month?: string | null;
            /** Unit Name */
            unit_name: string;
            /** Position */
            position?: string | null;
        };
        /** Approve */
        personnel__batches__schemas__Approve: {
            /** Decision Number */
            decision_number?: string | null;
            /** Decision Signed On */
            decision_signed_on?: string | null;
            /** Signer */
            signer?: string | null;
            /** Issuer */
            issuer?: string | null;
        };
        /** Approve */
        personnel__changes__schemas__Approve: {
            /** Decision Number */
            decision_number?: string | null;
            /** Decision Signed On */
            decision_signed_on?: string | null;
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
    search_persons_persons_get: {
        parameters: {
            query?: {
                /** @description name (diacritics optional) or identity number */
                q?: string | null;
                /** @description this unit and its subtree */
                unit_id?: string | null;
                status?: string[] | null;
                include_left?: boolean;
                gender?: string | null;
                birth_year_from?: number | null;
                birth_year_to?: number | null;
                rank_code?: string | null;
                qualification?: string | null;
                political_theory_level?: string | null;
                party_member?: boolean | null;
                ethnicity?: string | null;
                staff_category?: string | null;
                sort?: string;
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
                    "application/json": components["schemas"]["PersonsPage"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    export_persons_persons_export_xlsx_get: {
        parameters: {
            query?: {
                sort?: string;
                /** @description name (diacritics optional) or identity number */
                q?: string | null;
                /** @description this unit and its subtree */
                unit_id?: string | null;
                status?: string[] | null;
                include_left?: boolean;
                gender?: string | null;
                birth_year_from?: number | null;
                birth_year_to?: number | null;
                rank_code?: string | null;
                qualification?: string | null;
                political_theory_level?: string | null;
                party_member?: boolean | null;
                ethnicity?: string | null;
                staff_category?: string | null;
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
    print_2c_persons__person_id__print_2c_pdf_get: {
        parameters: {
            query?: {
                as_of?: string | null;
            };
            header?: never;
            path: {
                person_id: string;
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
    print_unified_persons__person_id__print_unified_pdf_get: {
        parameters: {
            query?: {
                as_of?: string | null;
            };
            header?: never;
            path: {
                person_id: string;
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
    get_person_persons__person_id__get: {
        parameters: {
            query?: {
                as_of?: string | null;
            };
            header?: never;
            path: {
                person_id: string;
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
                    "application/json": components["schemas"]["PersonPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    list_versions_persons__person_id__versions_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: string;
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
                    "application/json": components["schemas"]["VersionPublic"][];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    get_field_history_persons__person_id__field_history_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: string;
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
                        [key: string]: components["schemas"]["FieldEventPublic"][];
                    };
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    list_status_events_persons__person_id__status_events_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: string;
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
                    "application/json": components["schemas"]["StatusEventPublic"][];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    record_status_event_persons__person_id__status_events_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusEventCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusEventPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    list_change_requests_change_requests_get: {
        parameters: {
            query?: {
                state?: string | null;
                person_id?: string | null;
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
                    "application/json": components["schemas"]["ChangeRequestsPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    create_change_request_change_requests_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeRequestCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRequestPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    get_change_request_change_requests__cr_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cr_id: string;
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
                    "application/json": components["schemas"]["ChangeRequestPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    edit_change_request_change_requests__cr_id__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cr_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeRequestUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRequestPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    diff_change_request_change_requests__cr_id__diff_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cr_id: string;
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
                    "application/json": components["schemas"]["DiffPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    submit_change_request_change_requests__cr_id__submit_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cr_id: string;
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
                    "application/json": components["schemas"]["ChangeRequestPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    approve_change_request_change_requests__cr_id__approve_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cr_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["personnel__changes__schemas__Approve"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRequestPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    reject_change_request_change_requests__cr_id__reject_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cr_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Reject"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRequestPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    withdraw_change_request_change_requests__cr_id__withdraw_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cr_id: string;
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
                    "application/json": components["schemas"]["ChangeRequestPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    revise_change_request_change_requests__cr_id__revise_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cr_id: string;
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
                    "application/json": components["schemas"]["ChangeRequestPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    list_documents_persons__person_id__documents_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: string;
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
                    "application/json": components["schemas"]["DocumentPublic"][];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    add_document_persons__person_id__documents_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_add_document_persons__person_id__documents_post"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    replace_document_file_persons__person_id__documents__document_id__file_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: string;
                document_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_replace_document_file_persons__person_id__documents__document_id__file_put"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    create_download_link_persons__person_id__documents__document_id__download_link_post: {
        parameters: {
            query?: {
                version?: number | null;
            };
            header?: never;
            path: {
                person_id: string;
                document_id: string;
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
                    "application/json": components["schemas"]["DownloadLink"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    document_content_persons__person_id__documents__document_id__content_get: {
        parameters: {
            query?: {
                version?: number | null;
            };
            header?: never;
            path: {
                person_id: string;
                document_id: string;
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
    list_rounds_evaluation_rounds_get: {
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
                    "application/json": components["schemas"]["EvaluationRoundPublic"][];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    open_round_evaluation_rounds_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationRoundCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationRoundPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    close_round_evaluation_rounds__round_id__close_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round_id: string;
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
                    "application/json": components["schemas"]["EvaluationRoundPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    round_progress_evaluation_rounds__round_id__progress_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round_id: string;
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
                    "application/json": components["schemas"]["EvaluationProgress"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    export_progress_evaluation_rounds__round_id__progress_export_xlsx_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round_id: string;
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
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    read_sheet_evaluation_rounds__round_id__units__unit_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round_id: string;
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
                    "application/json": components["schemas"]["EvaluationSheetPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    save_sheet_evaluation_rounds__round_id__units__unit_id__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round_id: string;
                unit_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationSheetSave"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationSheetPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    submit_sheet_evaluation_rounds__round_id__units__unit_id__submit_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round_id: string;
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
                    "application/json": components["schemas"]["EvaluationSheetPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    approve_sheet_evaluation_rounds__round_id__units__unit_id__approve_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round_id: string;
                unit_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationApprove"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationSheetPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    reject_sheet_evaluation_rounds__round_id__units__unit_id__reject_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round_id: string;
                unit_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationReject"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationSheetPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    export_sheet_evaluation_rounds__round_id__units__unit_id__export_xlsx_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round_id: string;
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
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    person_evaluations_persons__person_id__evaluations_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: string;
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
                    "application/json": components["schemas"]["PersonEvaluations"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    get_photo_persons__person_id__photo_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: string;
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
    upload_photo_persons__person_id__photo_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_upload_photo_persons__person_id__photo_put"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhotoPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    calculate_retirement_rules_retirement_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetirementQuery"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetirementAnswer"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    calculate_next_raise_rules_next_raise_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NextRaiseQuery"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NextRaiseAnswer"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    calculate_reappointment_rules_reappointment_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReappointmentQuery"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReappointmentAnswer"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    get_due_dates_persons__person_id__due_dates_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: string;
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
                    "application/json": components["schemas"]["DueDates"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    set_retirement_override_persons__person_id__retirement_override_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetirementOverrideSet"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetirementOverridePublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    withdraw_retirement_override_persons__person_id__retirement_override_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: string;
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
    get_due_list_due_lists_get: {
        parameters: {
            query: {
                /** @description raise | beyond_frame | retirement | term */
                kind: string;
                /** @description this unit and its subtree */
                unit_id?: string | null;
                /** @description YYYY-MM: the due dates in this month */
                month?: string | null;
                /** @description without a month: from today to N months on (retirement: 12) */
                within_months?: number | null;
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
                    "application/json": components["schemas"]["DueListPage"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    get_early_raise_candidates_due_lists_early_raise_get: {
        parameters: {
            query: {
                year: number;
                /** @description this unit and its subtree */
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
                    "application/json": components["schemas"]["EarlyRaiseList"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    export_due_list_due_lists_export_xlsx_get: {
        parameters: {
            query: {
                /** @description raise | beyond_frame | retirement | term */
                kind: string;
                /** @description this unit and its subtree */
                unit_id?: string | null;
                /** @description YYYY-MM: the due dates in this month */
                month?: string | null;
                /** @description without a month: from today to N months on (retirement: 12) */
                within_months?: number | null;
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
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    list_batches_batches_get: {
        parameters: {
            query?: {
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
                    "application/json": components["schemas"]["BatchesPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    create_batch_batches_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchDetail"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    propose_salary_batches_salary_proposals_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SalaryProposalQuery"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalaryProposals"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    propose_retirement_batches_retirement_proposals_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetirementProposalQuery"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalaryProposals"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    get_batch_batches__batch_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                batch_id: string;
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
                    "application/json": components["schemas"]["BatchDetail"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    update_batch_batches__batch_id__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                batch_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    diff_batch_batches__batch_id__diff_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                batch_id: string;
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
                    "application/json": components["schemas"]["BatchDiff"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    read_scan_batches__batch_id__scan_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                batch_id: string;
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
    attach_scan_batches__batch_id__scan_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                batch_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_attach_scan_batches__batch_id__scan_put"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    submit_batch_batches__batch_id__submit_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                batch_id: string;
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
                    "application/json": components["schemas"]["BatchPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    approve_batch_batches__batch_id__approve_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                batch_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["personnel__batches__schemas__Approve"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    reject_batch_batches__batch_id__reject_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                batch_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Reject"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    withdraw_batch_batches__batch_id__withdraw_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                batch_id: string;
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
                    "application/json": components["schemas"]["BatchPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    revise_batch_batches__batch_id__revise_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                batch_id: string;
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
                    "application/json": components["schemas"]["BatchPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    list_decisions_register_decisions_get: {
        parameters: {
            query?: {
                kind?: ("award" | "discipline") | null;
                state?: ("submitted" | "approved" | "rejected") | null;
                year?: number | null;
                unit_id?: string | null;
                person_id?: string | null;
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
                    "application/json": components["schemas"]["DecisionPage"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    create_decision_register_decisions_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    export_decisions_register_decisions_export_xlsx_get: {
        parameters: {
            query?: {
                kind?: ("award" | "discipline") | null;
                state?: ("submitted" | "approved" | "rejected") | null;
                year?: number | null;
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
    read_decision_register_decisions__decision_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                decision_id: string;
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
                    "application/json": components["schemas"]["DecisionPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    approve_decision_register_decisions__decision_id__approve_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                decision_id: string;
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
                    "application/json": components["schemas"]["DecisionPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    reject_decision_register_decisions__decision_id__reject_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                decision_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterReject"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    use_for_early_raise_register_entries__entry_id__early_raise_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EarlyRaiseUse"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    person_effects_persons__person_id__register_effects_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: string;
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
                    "application/json": components["schemas"]["PersonEffects"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    list_courses_training_courses_get: {
        parameters: {
            query?: {
                kind?: ("professional" | "political_theory" | "state_management" | "defence_security" | "it" | "language" | "other") | null;
                year?: number | null;
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
                    "application/json": components["schemas"]["CoursePage"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    create_course_training_courses_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CourseCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoursePublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    export_courses_training_courses_export_xlsx_get: {
        parameters: {
            query?: {
                kind?: ("professional" | "political_theory" | "state_management" | "defence_security" | "it" | "language" | "other") | null;
                year?: number | null;
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
    plan_summary_training_plans_summary_get: {
        parameters: {
            query: {
                kind: "political_theory" | "state_management";
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
                    "application/json": components["schemas"]["PlanSummary"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    plan_summary_xlsx_training_plans_summary_xlsx_get: {
        parameters: {
            query: {
                kind: "political_theory" | "state_management";
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
    read_course_training_courses__course_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                course_id: string;
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
                    "application/json": components["schemas"]["CoursePublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    add_attendees_training_courses__course_id__attendees_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                course_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttendeesAdd"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoursePublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    submit_completions_training_courses__course_id__completions_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                course_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompletionSubmit"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoursePublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    approve_completions_training_courses__course_id__completions_approve_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                course_id: string;
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
                    "application/json": components["schemas"]["CoursePublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    download_template_imports_template_xlsx_get: {
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
                    "application/json": unknown;
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    list_imports_imports_get: {
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
                    "application/json": components["schemas"]["ImportJobsPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    upload_import_imports_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_upload_import_imports_post"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    get_import_imports__job_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: string;
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
                    "application/json": components["schemas"]["ImportJobPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    list_import_errors_imports__job_id__errors_get: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path: {
                job_id: string;
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
                    "application/json": components["schemas"]["ImportErrorsPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    list_import_items_imports__job_id__items_get: {
        parameters: {
            query?: {
                action?: string | null;
                page?: number;
                size?: number;
            };
            header?: never;
            path: {
                job_id: string;
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
                    "application/json": components["schemas"]["ImportItemsPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    confirm_import_imports__job_id__confirm_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Confirm"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    cancel_import_imports__job_id__cancel_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: string;
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
                    "application/json": components["schemas"]["ImportJobPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    approve_import_imports__job_id__approve_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveImport"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    export_person_exchange_persons__person_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                person_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the package with the person's dossier */
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
    export_unit_exchange_units__unit_id__get: {
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
            /** @description the package of the unit and the units below */
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
    overview_certifications_get: {
        parameters: {
            query?: {
                /** @description YYYY-MM */
                month?: string | null;
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
                    "application/json": components["schemas"]["Overview"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    certify_certifications_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertificationCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificationPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    preview_certifications_preview_get: {
        parameters: {
            query: {
                unit_id: string;
                /** @description YYYY-MM */
                month?: string | null;
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
                    "application/json": components["schemas"]["CertificationPreview"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    root_certificate_certifications_root_certificate_get: {
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
                content?: never;
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    signed_pdf_certifications__certification_id__pdf_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                certification_id: string;
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
    list_rounds_declaration_rounds_get: {
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
                    "application/json": components["schemas"]["RoundPublic"][];
                };
            };
            "4XX": components["responses"]["Refused"];
        };
    };
    open_round_declaration_rounds_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoundCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundPublic"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    round_progress_declaration_rounds__round_id__progress_get: {
        parameters: {
            query: {
                unit_id: string;
            };
            header?: never;
            path: {
                round_id: string;
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
                    "application/json": components["schemas"]["RoundProgress"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    make_links_declaration_rounds__round_id__links_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemindBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkPublic"][];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    remind_declaration_rounds__round_id__remind_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemindBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkPublic"][];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    declaration_form_declarations_by_token_get: {
        parameters: {
            query?: never;
            header: {
                "X-Declaration-Token": string;
            };
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
                    "application/json": components["schemas"]["DeclarationForm"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    save_declaration_declarations_by_token_put: {
        parameters: {
            query?: never;
            header: {
                "X-Declaration-Token": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Declaration"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclarationForm"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
    sign_declaration_declarations_by_token_sign_post: {
        parameters: {
            query?: never;
            header: {
                "X-Declaration-Token": string;
                "user-agent"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignResult"];
                };
            };
            422: components["responses"]["InvalidInput"];
            "4XX": components["responses"]["Refused"];
        };
    };
}
