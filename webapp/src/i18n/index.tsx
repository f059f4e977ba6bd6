import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './en';
import { id } from './id';
import type { Lang, LocalizedText, Messages } from './messages';

export type { Lang, LocalizedText, Messages } from './messages';

export const MESSAGES: Record<Lang, Messages> = { id, en };

/** localStorage key that keeps the visitor's language choice. */
export const LANG_STORAGE_KEY = 'balai.lang';
export const DEFAULT_LANG: Lang = 'id';

export function isLang(value: unknown): value is Lang {
  return value === 'id' || value === 'en';
}

export function readStoredLang(): Lang {
  try {
    const stored = window.localStorage.getItem(LANG_STORAGE_KEY);
    return isLang(stored) ? stored : DEFAULT_LANG;
  } catch {
    // Storage can be unavailable (privacy mode, disabled cookies): use the default.
    return DEFAULT_LANG;
  }
}

function storeLang(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Not fatal: the choice then lasts for this page only.
  }
}

interface I18nValue {
  lang: Lang;
  t: Messages;
  setLang: (lang: Lang) => void;
  toggleLang: () => void;
  /** Picks the current language's text from a bilingual API value. */
  pick: (text: LocalizedText) => string;
}

const I18nContext = createContext<I18nValue | null>(null);

export function LanguageProvider({ children, initialLang }: { children: ReactNode; initialLang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => initialLang ?? readStoredLang());

  // Layout effect: <html lang> changes in the same commit as the text.
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    storeLang(next);
    setLangState(next);
  }, []);

  const value = useMemo<I18nValue>(
    () => ({
      lang,
      t: MESSAGES[lang],
      setLang,
      toggleLang: () => setLang(lang === 'id' ? 'en' : 'id'),
      pick: (text) => text[lang] || text[lang === 'id' ? 'en' : 'id'],
    }),
    [lang, setLang],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <LanguageProvider>');
  return value;
}
