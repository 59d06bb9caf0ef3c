import { DownloadOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Checkbox, DatePicker, Descriptions, Flex, Input, InputNumber, Modal, Select, Table, Tag, Tooltip, Typography, type TableColumnsType } from "antd";
import type { Dayjs } from "dayjs";
import { useEffect, useMemo, useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { PageHeader } from "@/components/PageHeader";
import { UnitPicker } from "@/components/UnitPicker";
import { saveBlob } from "@/features/personnel/files";
import { ApiError, type FieldErrorBody } from "@/lib/errors";
import { useFormat, todayInVietnam } from "@/lib/format";
import { useI18n } from "@/lib/i18n";
import { APPROVERS, EDITORS, hasAnyRole } from "@/lib/roles";
import { useSession } from "@/lib/session";
import { useUnitScope } from "@/lib/unitScope";
import { evaluationsApi, levelOfScore, quotasOf, rankOf, UNIT_LEVELS, type Entry, type EntryInput, type Sheet } from "./api";
import { LEVEL_COLORS, STATE_COLORS, useEt, type EvaluationMessageKey } from "./messages";

type Line = EntryInput & Pick<Entry, "full_name" | "position" | "staff_category" | "levels" | "scheme" | "score_required" | "previous_year_rating" | "poor_flag" | "forcing_discipline">;

function linesOf(sheet: Sheet): Line[] {
  return sheet.entries.map((e) => ({
    person_id: e.person_id, months_worked: e.months_worked, leave_exception: e.leave_exception, is_head: e.is_head,
    forced: e.forced, forced_reason: e.forced_reason, self_assessment: e.self_assessment,
    score: e.score === null || e.score === undefined ? null : String(e.score), rating: e.rating,
    full_name: e.full_name, position: e.position, staff_category: e.staff_category, levels: e.levels, scheme: e.scheme,
    score_required: e.score_required, previous_year_rating: e.previous_year_rating, poor_flag: e.poor_flag,
    forcing_discipline: e.forcing_discipline,
  }));
}

const toInput = (l: Line): EntryInput => ({
  person_id: l.person_id, months_worked: l.months_worked, leave_exception: l.leave_exception, is_head: l.is_head,
  forced: l.forced, forced_reason: l.forced_reason || null, self_assessment: l.self_assessment || null,
  score: l.score === null || l.score === undefined || l.score === "" ? null : l.score, rating: l.rating || null,
});

/** A unit's list in a round: the officer's editable grid with the quota as they type, the leader's approval. */
export function SheetPage() {
  const et = useEt();
  const f = useFormat();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const { account } = useSession();
  const { roundId = "" } = useParams();
  const [params] = useSearchParams();
  const { selected } = useUnitScope();
  const unitId = params.get("unit") ?? selected?.unit_id ?? "";
  const client = useQueryClient();
  const key = ["evaluation-sheet", roundId, unitId];
  const sheet = useQuery({ queryKey: key, queryFn: () => evaluationsApi.sheet(roundId, unitId), enabled: !!unitId });
  const [lines, setLines] = useState<Line[]>([]);
  const [unitRating, setUnitRating] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrorBody[]>([]);
  const [decisionNumber, setDecisionNumber] = useState("");
  const [decisionDate, setDecisionDate] = useState<Dayjs | null>(todayInVietnam());
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const s = sheet.data;

  useEffect(() => {
    if (s) {
      setLines(linesOf(s));
      setUnitRating(s.unit_rating ?? null);
    }
  }, [s]);

  const editable = !!s && s.round.state === "open" && (s.state === "new" || s.state === "draft") && hasAnyRole(account.roles, EDITORS);
  const mayApprove = !!s && s.state === "submitted" && hasAnyRole(account.roles, APPROVERS);
  const percent = unitRating === "HTXSNV" ? 25 : 20;
  const quotas = useMemo(() => quotasOf(lines, percent), [lines, percent]);
  const headAbove = (l: Line) => l.is_head && unitRating !== null && (rankOf(l.rating) ?? -1) > (rankOf(unitRating) ?? 99);

  const fail = (err: unknown) => {
    message.error(err instanceof ApiError ? err.text(lang) : String(err));
    setFieldErrors(err instanceof ApiError ? err.fields : []);
  };
  const done = (text: EvaluationMessageKey) => (next: Sheet) => {
    client.setQueryData(key, next);
    setFieldErrors([]);
    message.success(et(text));
  };
  const body = () => ({ revision: s?.revision ?? 0, unit_rating: unitRating, entries: lines.map(toInput) });
  const save = useMutation({ mutationFn: () => evaluationsApi.save(roundId, unitId, body()), onSuccess: done("s.saved"), onError: fail });
  const submit = useMutation({
    mutationFn: async () => {
      const saved = await evaluationsApi.save(roundId, unitId, body());
      client.setQueryData(key, saved);
      return evaluationsApi.submit(roundId, unitId);
    },
    onSuccess: done("s.submitted"),
    onError: (err) => {
      fail(err);
      void client.invalidateQueries({ queryKey: key });
    },
  });
  const approve = useMutation({
    mutationFn: () => evaluationsApi.approve(roundId, unitId, { decision_number: decisionNumber.trim(), decision_signed_on: (decisionDate ?? todayInVietnam()).format("YYYY-MM-DD") }),
    onSuccess: (next) => {
      done("s.approved")(next);
      void client.invalidateQueries({ queryKey: ["due-dates"] });
      void client.invalidateQueries({ queryKey: ["person-evaluations"] });
    },
    onError: fail,
  });
  const reject = useMutation({
    mutationFn: () => evaluationsApi.reject(roundId, unitId, reason),
    onSuccess: (next) => {
      setRejecting(false);
      done("s.rejected")(next);
    },
    onError: fail,
  });
  const download = async () => {
    try {
      saveBlob(await evaluationsApi.exportSheet(roundId, unitId), `danh-gia-${s?.round.year ?? ""}-${unitId}.xlsx`);
    } catch (err) {
      fail(err);
    }
  };

  const update = (i: number, patch: Partial<Line>) => setLines((prev) => prev.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const level = (code: string | null | undefined) =>
    code ? <Tag color={LEVEL_COLORS[code] ?? "default"}>{et(`l.${code}` as EvaluationMessageKey)}</Tag> : "—";
  const errorsOf = (i: number) => fieldErrors.filter((e) => e.field.startsWith(`entries[${i}].`));
  const issuesOf = (personId: string) => (s?.issues ?? []).filter((x) => x.person_id === personId && x.code !== "evaluation.rating_required");

  const columns: TableColumnsType<Line> = [
    { title: et("s.no"), key: "no", width: 50, render: (_, __, i) => i + 1 },
    {
      title: et("s.name"), key: "name", width: 190,
      render: (_, l, i) => (
        <Flex vertical gap={2}>
          <Link to={`/personnel/${l.person_id}`}>{l.full_name}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{l.position ?? ""}</Typography.Text>
          <Checkbox checked={l.is_head} disabled={!editable} onChange={(e) => update(i, { is_head: e.target.checked })}>
            <span style={{ fontSize: 12 }}>{et("s.head")}</span>
          </Checkbox>
          {l.poor_flag && <Tooltip title={l.poor_flag.message}><Tag color="red" data-testid={`flag-${l.person_id}`}>{et("s.flag")}</Tag></Tooltip>}
        </Flex>
      ),
    },
    {
      title: et("s.months"), key: "months", width: 110,
      render: (_, l, i) => (
        <Flex vertical gap={2}>
          <InputNumber min={0} max={12} value={l.months_worked} disabled={!editable} style={{ width: 70 }}
            onChange={(v) => update(i, { months_worked: v ?? 0, ...(v !== null && v < 6 && !l.leave_exception ? { rating: "KHONG_XEP_LOAI", score: null } : {}) })} />
          <Checkbox checked={l.leave_exception} disabled={!editable} onChange={(e) => update(i, { leave_exception: e.target.checked })}>
            <span style={{ fontSize: 11 }}>{et("s.leave")}</span>
          </Checkbox>
        </Flex>
      ),
    },
    {
      title: et("s.self"), key: "self", width: 190,
      render: (_, l, i) => (
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={4000} value={l.self_assessment ?? ""} disabled={!editable}
          onChange={(e) => update(i, { self_assessment: e.target.value })} data-testid={`self-${i}`} />
      ),
    },
    {
      title: et("s.score"), key: "score", width: 110,
      render: (_, l, i) => {
        if (l.scheme !== "points") return <Typography.Text type="secondary">{et("s.scheme.levels")}</Typography.Text>;
        const n = l.score === null || l.score === undefined || l.score === "" ? null : Number(l.score);
        const byScore = levelOfScore(n);
        return (
          <Flex vertical gap={2}>
            <InputNumber min={0} max={100} step={0.5} value={n} disabled={!editable} style={{ width: 90 }} data-testid={`score-${i}`}
              status={l.score_required && n === null && l.rating && l.rating !== "KHONG_XEP_LOAI" && !l.forced ? "warning" : undefined}
              onChange={(v) => update(i, { score: v === null ? null : String(v), ...(v !== null && !l.forced ? { rating: levelOfScore(v) } : {}) })} />
            {byScore && <Typography.Text type="secondary" style={{ fontSize: 11 }}>{et(`l.${byScore}` as EvaluationMessageKey)}</Typography.Text>}
          </Flex>
        );
      },
    },
    {
      title: et("s.rating"), key: "rating", width: 225,
      render: (_, l, i) => {
        const under = (l.months_worked ?? 12) < 6 && !l.leave_exception;
        const options = (under ? ["KHONG_XEP_LOAI"] : l.levels).map((c: string) => ({ value: c, label: et(`l.${c}` as EvaluationMessageKey) }));
        const errs = [...errorsOf(i).map((e) => e.message), ...(editable ? [] : issuesOf(l.person_id).map((x) => x.message))];
        return (
          <Flex vertical gap={2}>
            <Select value={l.rating ?? undefined} options={options} disabled={!editable} allowClear style={{ width: 210 }}
              status={errs.length || headAbove(l) ? "error" : undefined} data-testid={`rating-${i}`} popupMatchSelectWidth={false}
              onChange={(v) => update(i, { rating: v ?? null })} />
            {l.forcing_discipline && (
              <Tooltip title={l.forcing_discipline}>
                <Tag color="volcano" data-testid={`discipline-${l.person_id}`}>{et("s.discipline")}</Tag>
              </Tooltip>
            )}
            <Checkbox checked={l.forced} disabled={!editable || under || !!l.forcing_discipline} onChange={(e) => update(i, { forced: e.target.checked, ...(e.target.checked ? { rating: "KHTNV" } : {}) })}>
              <span style={{ fontSize: 11 }}>{et("s.forced")}</span>
            </Checkbox>
            {errs.map((m) => <Typography.Text key={m} type="danger" style={{ fontSize: 12 }}>{m}</Typography.Text>)}
          </Flex>
        );
      },
    },
    { title: et("s.previous"), key: "prev", width: 125, render: (_, l) => level(l.previous_year_rating) },
  ];

  if (!unitId) return <Alert type="info" showIcon title={et("s.pickUnit")} />;
  const title = s ? et("s.title", { year: s.round.year }) : et("e.title");
  const generalErrors = fieldErrors.filter((e) => !e.field.startsWith("entries["));
  return (
    <>
      <PageHeader
        title={title}
        crumbs={[{ title }]}
        extra={
          <Flex gap={8}>
            <Link to={`/evaluations/${roundId}/progress`}>{et("e.progress")}</Link>
            <Button icon={<DownloadOutlined />} onClick={download} data-testid="sheet-export">{et("e.export")}</Button>
          </Flex>
        }
      />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Flex gap={16} wrap align="center">
          {!params.get("unit") && <UnitPicker />}
          {s && (
            <Descriptions size="small" column={{ xs: 1, md: 2, xxl: 4 }} items={[
              { key: "unit", label: et("s.unit"), children: <b data-testid="sheet-unit">{s.unit_name}</b> },
              { key: "state", label: et("s.sheetState"), children: <Tag color={STATE_COLORS[s.state]} data-testid="sheet-state">{et(`s.state.${s.state}` as EvaluationMessageKey)}</Tag> },
              { key: "closes", label: et("e.closesOn"), children: <>{f.date(s.round.closes_on)} {s.round.overdue && s.state !== "approved" && <Tag color="red">{et("e.overdue")}</Tag>}</> },
              {
                key: "unitRating", label: <Tooltip title={et("s.unitRatingHint")}>{et("s.unitRating")}</Tooltip>,
                children: (
                  <Select value={unitRating ?? undefined} allowClear disabled={!editable} style={{ width: 240 }} data-testid="unit-rating"
                    options={UNIT_LEVELS.map((c) => ({ value: c, label: et(`l.${c}` as EvaluationMessageKey) }))} onChange={(v) => setUnitRating(v ?? null)} />
                ),
              },
            ]} />
          )}
        </Flex>
      </Card>
      {sheet.error && <Alert type="error" showIcon title={sheet.error instanceof ApiError ? sheet.error.text(lang) : String(sheet.error)} />}
      {s && (
        <>
          {s.round.state !== "open" && s.state !== "approved" && <Alert type="warning" showIcon title={et("s.closed")} style={{ marginBottom: 12 }} />}
          {s.reject_reason && s.state === "draft" && <Alert type="warning" showIcon title={et("s.returned", { reason: s.reject_reason })} style={{ marginBottom: 12 }} />}
          {s.state === "approved" && s.decision_number && (
            <Alert type="success" showIcon style={{ marginBottom: 12 }} data-testid="sheet-decision"
              title={et("s.decision", { number: s.decision_number, date: s.decision_signed_on ? f.date(s.decision_signed_on) : "" })} />
          )}
          <Card size="small" style={{ marginBottom: 12 }} title={et("s.quota")} data-testid="quota-card">
            <Flex gap={16} wrap>
              {quotas.map((q) => (
                <Tag key={q.group} color={q.exceeded ? "red" : "green"} data-testid={`quota-${q.group}`}>
                  {et("s.quotaLine", { group: et(`s.group.${q.group}` as EvaluationMessageKey), excellent: q.excellent, good: q.good, allowed: q.allowed, percent: q.percent })}
                </Tag>
              ))}
              {lines[0]?.scheme && (
                <Typography.Text type="secondary">
                  {et("s.rules")}: {et(lines[0].scheme === "points" ? "s.scheme.points" : "s.scheme.levels")} — {s.entries[0]?.legal_basis}
                </Typography.Text>
              )}
            </Flex>
            {generalErrors.length > 0 && (
              <Alert type="error" showIcon style={{ marginTop: 8 }} data-testid="sheet-errors"
                title={<>{generalErrors.map((e) => <div key={e.field + e.message}>{e.message}</div>)}</>} />
            )}
          </Card>
          <Card size="small">
            <Table<Line> rowKey="person_id" size="small" dataSource={lines} columns={columns} pagination={false}
              loading={sheet.isFetching && !s} locale={{ emptyText: et("s.empty") }} data-testid="sheet-table" scroll={{ x: 1000 }} />
            <Flex gap={8} wrap style={{ marginTop: 12 }} align="center">
              {editable && (
                <>
                  <Button onClick={() => save.mutate()} loading={save.isPending} data-testid="sheet-save">{et("s.save")}</Button>
                  <Button type="primary" onClick={() => submit.mutate()} loading={submit.isPending} disabled={lines.length === 0} data-testid="sheet-submit">{et("s.submit")}</Button>
                  {s.issues.length > 0 && <Typography.Text type="secondary">{et("s.issues", { n: s.issues.length })}</Typography.Text>}
                </>
              )}
              {mayApprove && (
                <>
                  <Input placeholder={et("s.decisionNumber")} value={decisionNumber} onChange={(e) => setDecisionNumber(e.target.value)} style={{ width: 200 }} data-testid="decision-number" />
                  <DatePicker value={decisionDate} onChange={setDecisionDate} format={f.dateInput} aria-label={et("s.decisionDate")} />
                  <Button type="primary" onClick={() => approve.mutate()} loading={approve.isPending} disabled={!decisionNumber.trim()} data-testid="sheet-approve">{et("s.approve")}</Button>
                  <Button danger onClick={() => setRejecting(true)} data-testid="sheet-reject">{et("s.reject")}</Button>
                </>
              )}
            </Flex>
          </Card>
        </>
      )}
      <Modal open={rejecting} title={et("s.reject")} onCancel={() => setRejecting(false)} onOk={() => reject.mutate()} okButtonProps={{ disabled: !reason.trim(), loading: reject.isPending }}>
        <Input.TextArea rows={3} maxLength={1000} placeholder={et("s.reason")} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </>
  );
}
