import { afterEach, describe, expect, it, vi } from "vitest";
import { api, apiBlob, apiOrNull, buildUrl, configureApi } from "./api";
import { ApiError } from "./errors";

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

const headersOf = (mock: ReturnType<typeof vi.fn>, call = 0) =>
  (mock.mock.calls[call] as unknown as [string, RequestInit])[1].headers as Record<string, string>;

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe("buildUrl", () => {
  it("drops empty parameters", () => {
    expect(buildUrl("/api/personnel/persons", { q: "an", unit_id: undefined, page: 1, size: "" })).toBe(
      "/api/personnel/persons?q=an&page=1",
    );
  });
});

describe("api", () => {
  it("sends the bearer token and returns the JSON", async () => {
    configureApi({ token: async () => "tok", unauthorized: async () => false });
    const fetchMock = vi.fn(async () => json(200, { ok: 1 }));
    vi.stubGlobal("fetch", fetchMock);
    expect(await api("/api/org/units/roots")).toEqual({ ok: 1 });
    expect(headersOf(fetchMock).Authorization).toBe("Bearer tok");
  });

  it("asks for the interface's language (cbccvc.lang), Vietnamese unless switched", async () => {
    configureApi({ token: async () => "tok", unauthorized: async () => false });
    const fetchMock = vi.fn(async () => json(200, {}));
    vi.stubGlobal("fetch", fetchMock);
    await api("/api/org/units/roots");
    localStorage.setItem("cbccvc.lang", "en");
    await api("/api/org/units/roots");
    await apiBlob("/api/personnel/persons/export.xlsx");
    expect([0, 1, 2].map((i) => headersOf(fetchMock, i)["Accept-Language"])).toEqual(["vi", "en", "en"]);
  });

  it("turns the error body into an ApiError with its field errors", async () => {
    configureApi({ token: async () => "tok", unauthorized: async () => false });
    const body = { error: "validation_failed", message: "Dữ liệu nhập chưa hợp lệ",
      fields: [{ field: "full_name", code: "input.missing", message: "Bắt buộc" }] };
    vi.stubGlobal("fetch", vi.fn(async () => json(422, body)));
    const err = await api("/api/personnel/change-requests", { method: "POST", body: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(422);
    expect((err as ApiError).text("vi")).toBe("Dữ liệu nhập chưa hợp lệ");
    expect((err as ApiError).fields[0]).toEqual({ field: "full_name", code: "input.missing", message: "Bắt buộc" });
  });

  it("renews the session once on 401 and repeats the request", async () => {
    let token = "old";
    configureApi({ token: async () => token, unauthorized: async () => ((token = "new"), true) });
    const fetchMock = vi.fn(async (_url: string, init: RequestInit) =>
      (init.headers as Record<string, string>).Authorization === "Bearer new" ? json(200, [1]) : json(401, {}),
    );
    vi.stubGlobal("fetch", fetchMock);
    expect(await api("/api/org/units/roots")).toEqual([1]);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("reads a 404 as no data for endpoints that may not exist yet, and a dead network as an error", async () => {
    configureApi({ token: async () => null, unauthorized: async () => false });
    vi.stubGlobal("fetch", vi.fn(async () => json(404, { error: "not_found", message: "x", fields: [] })));
    expect(await apiOrNull("/api/reporting/due")).toBeNull();
    vi.stubGlobal("fetch", vi.fn(async () => { throw new TypeError("Failed to fetch"); }));
    const err = await api("/api/reporting/due").catch((e: unknown) => e);
    expect((err as ApiError).code).toBe("network_error");
    expect((err as ApiError).text("en")).toMatch(/Cannot reach the server/);
  });
});

describe("apiBlob", () => {
  it("reads a file behind the token, and the error body when refused", async () => {
    configureApi({ token: async () => "tok", unauthorized: async () => false });
    const fetchMock = vi.fn(async () => new Response("%PDF", { status: 200, headers: { "Content-Type": "application/pdf" } }));
    vi.stubGlobal("fetch", fetchMock);
    expect(await (await apiBlob("/api/personnel/persons/x/print/2c.pdf")).text()).toBe("%PDF");
    expect(headersOf(fetchMock).Authorization).toBe("Bearer tok");
    vi.stubGlobal("fetch", vi.fn(async () => json(403, { error: "forbidden", message: "This account may not do this.", fields: [] })));
    const err = await apiBlob("/api/personnel/persons/export.xlsx").catch((e: unknown) => e);
    expect([(err as ApiError).status, (err as ApiError).code]).toEqual([403, "forbidden"]);
  });
});
