import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import { formFieldPath, formToProfile, profileToForm, tabOf } from "./convert";
import { fieldAt } from "./spec";
import type { Profile } from "../types";

const profile: Profile = {
  identity: { full_name: "Hà Xuân An", gender: "1", birth_date: "1982-11-07", home_town: { text: "Tuyên Quang", detail: "x" } },
  header: { personnel_number: "A1" },
  training: [{ kind: "professional", from_month: "2001-09", to_month: null, institution: "ĐH Luật" }],
};

describe("profile <-> form", () => {
  it("turns dates and months into dayjs and back, keeping what the form does not show", () => {
    const values = profileToForm(profile);
    const identity = values.identity as Record<string, unknown>;
    expect(dayjs.isDayjs(identity.birth_date)).toBe(true);
    const row = (values.training as Record<string, unknown>[])[0];
    expect(dayjs.isDayjs(row.from_month)).toBe(true);

    const back = formToProfile(values, profile);
    expect(back.identity?.birth_date).toBe("1982-11-07");
    expect((back.training as Record<string, unknown>[])[0].from_month).toBe("2001-09");
    expect((back.identity as Record<string, unknown>).home_town).toEqual({ text: "Tuyên Quang", detail: "x" });
    // The header is on the form now (its empty fields are sent as null, like every section's).
    expect(back.header).toEqual({ personnel_number: "A1", managing_unit_id: null, employing_unit_id: null, identification_code: null });
    // What the form does not show stays as it was: the profile's unknown extras and absent address parts.
    expect((back.identity as Record<string, unknown>).home_town).not.toHaveProperty("commune_code");
  });

  it("sends cleared fields as null, trims text and leaves empty addresses absent", () => {
    const back = formToProfile({ identity: { full_name: "  Lê Văn B ", gender: "1", email: "" } }, null);
    const identity = back.identity as Record<string, unknown>;
    expect(identity.full_name).toBe("Lê Văn B");
    expect(identity.email).toBeNull();
    expect(identity.birth_place).toBeUndefined();
    expect(back.recruitment).toBeUndefined();
  });
});

describe("field paths of the service's errors", () => {
  it("maps every spelling to the form's path and to its tab", () => {
    expect(formFieldPath("identity.personal_id_number")).toBe("identity.personal_id_number");
    expect(formFieldPath("profile.training.0.to_month")).toBe("training.0.to_month");
    expect(formFieldPath("training[2].to_month")).toBe("training.2.to_month");
    expect(tabOf("training.2.to_month")).toBe("education");
    expect(tabOf("identity.personal_id_number")).toBe("general");
    expect(tabOf("assessment")).toBe("evaluations");
    expect(fieldAt("training[1].institution")?.field.label[0]).toBe("Cơ sở đào tạo");
    expect(fieldAt("identity.home_town.text")?.tab.key).toBe("general");
  });
});
