/** Who acted on a case, request or objection, as the server's history events say it. */
export interface EventActor {
  /** As recorded: an officer's account id (kept for audit), or a label for a citizen or the system. */
  actor: string;
  actorKind?: 'OFFICER' | 'CITIZEN' | 'SYSTEM' | string;
  /** The officer's display name; null for a citizen, the system, or an account of no officer of the regency. */
  actorName?: string | null;
}

/**
 * The words a history shows for who acted: the officer's name, else the dictionary's word for the kind
 * ("Petugas", "Pelapor" or "Pemohon", "Sistem"). Never the raw id or label.
 */
export function actorLabel(e: EventActor, words: Record<string, string>): string {
  if (e.actorKind === 'OFFICER' && e.actorName) return e.actorName;
  return words[e.actorKind ?? 'OFFICER'] ?? words.OFFICER ?? '';
}
