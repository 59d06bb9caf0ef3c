import { Route, Routes } from "react-router";
import { EvaluationsPage } from "./EvaluationsPage";
import { ProgressPage } from "./ProgressPage";
import { SheetPage } from "./SheetPage";

/** Every screen of annual evaluation, mounted under /evaluations. */
export function EvaluationRoutes() {
  return (
    <Routes>
      <Route index element={<EvaluationsPage />} />
      <Route path=":roundId" element={<SheetPage />} />
      <Route path=":roundId/progress" element={<ProgressPage />} />
    </Routes>
  );
}
