import { useCallback } from "react";
import { useI18n, type Lang } from "./i18n";

// A feature keeps its own {vi, en} table next to its screens (the shell's table stays small and no two
// features edit the same file). Same shape and {var} syntax as lib/messages.ts.
//
//   export const useOrgText = featureMessages({ "org.tree": { vi: "Cây tổ chức", en: "Tree" } });
//   const tr = useOrgText(); tr("org.tree")

export type Dictionary = Record<string, { vi: string; en: string }>;
export type FeatureTranslate<D extends Dictionary> = (key: keyof D & string, vars?: Record<string, string | number>) => string;

export function translateIn<D extends Dictionary>(
  dict: D,
  lang: Lang,
  key: keyof D & string,
  vars?: Record<string, string | number>,
): string {
  const entry = dict[key];
  let text: string = entry ? entry[lang] : key;
  if (vars) for (const [k, v] of Object.entries(vars)) text = text.replaceAll(`{${k}}`, String(v));
  return text;
}

/** A hook returning the feature's translate function in the interface's language. */
export function featureMessages<D extends Dictionary>(dict: D): () => FeatureTranslate<D> {
  return function useFeatureText() {
    const { lang } = useI18n();
    return useCallback<FeatureTranslate<D>>((key, vars) => translateIn(dict, lang, key, vars), [lang]);
  };
}
