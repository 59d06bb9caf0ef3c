import { describe, expect, it } from "vitest";
import openapi from "../../../../openapi/personnel.json";
import { formToProfile, profileToForm } from "./convert";
import { fieldAt, official, TABS } from "./spec";
import type { Profile } from "../types";

// The form against the service's own description of the profile (profiles/schema.py, through its OpenAPI
// document): a field the schema gains and the form lacks fails here.

type Schema = { $ref?: string; anyOf?: Schema[]; items?: Schema; properties?: Record<string, Schema>; type?: string };
const schemas = (openapi as unknown as { components: { schemas: Record<string, Schema> } }).components.schemas;

function resolve(s: Schema | undefined): Schema | undefined {
  if (!s) return undefined;
  if (s.$ref) return schemas[s.$ref.split("/").pop() ?? ""];
  const ref = s.anyOf?.find((x) => x.$ref);
  return ref ? resolve(ref) : s;
}

/** Every field of the profile as the service names it ("identity.home_town.text", "training.mode"). */
function leaves(schema: Schema, prefix = ""): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, prop]) => {
    const path = prefix + name;
    const target = resolve(prop);
    if (target?.properties) return leaves(target, `${path}.`);
    const row = resolve(target?.items);
    if (target?.type === "array" && row?.properties) return leaves(row, `${path}.`);
    return [path];
  });
}

describe("the profile form", () => {
  const all = leaves(schemas.Profile);

  it("has a control for every field of the service's profile schema", () => {
    expect(all.length).toBeGreaterThan(150);
    expect(all.filter((path) => !fieldAt(path))).toEqual([]);
  });

  it("names, for the fields of the official forms, what the forms call them in both languages", () => {
    const fields = TABS.flatMap((t) => t.parts.flatMap((p) => (p.type === "section" ? p.fields : p.columns)));
    const withHelp = fields.filter((f) => f.help);
    expect(withHelp.length).toBeGreaterThan(120);
    expect(fieldAt("identity.family_background")?.field.help).toEqual(
      official("11", null, "Thành phần gia đình xuất thân"),
    );
    expect(official("11", null, "Thành phần gia đình xuất thân")).toEqual([
      "Sơ yếu lý lịch TT 06/2023, mục 11: «Thành phần gia đình xuất thân»",
      "Unified résumé (Circular 06/2023) item 11: “Thành phần gia đình xuất thân”",
    ]);
    expect(fieldAt("education.honorary_title")?.field.catalog).toBe("honorary_titles");
    expect(fieldAt("political.war_invalid_grade")?.field.catalog).toBe("war_invalid_grades");
  });

  it("keeps tables inside sections and lists of texts through the form", () => {
    const profile: Profile = {
      identity: { full_name: "Hà Xuân An", gender: "1", birth_date: "1982-11-07" },
      political: { organisations: [{ organisation: "Công đoàn", role: "Tổ trưởng" }], policy_category: "CON_LIET_SI" },
      positions: { concurrent_positions: ["Thư ký hội đồng"] },
      personal_history: { former_regime: [{ description: "Không" }] },
    };
    const values = profileToForm(profile);
    const back = formToProfile(values, profile);
    expect(back.political?.organisations).toEqual([{ organisation: "Công đoàn", joined_on: null, role: "Tổ trưởng" }]);
    expect(back.political?.policy_category).toBe("CON_LIET_SI");
    expect(back.positions?.concurrent_positions).toEqual(["Thư ký hội đồng"]);
    expect(back.positions?.party_concurrent_positions).toEqual([]);
    expect(back.personal_history?.former_regime).toEqual([{ from_month: null, to_month: null, description: "Không" }]);
  });
});
