import { officerApi } from '../session';

/** A problem the operations team passed to the Tim Koordinasi (SPIKM Pasal 7m, 6c). */
export interface Problem {
  id: string;
  title: string;
  description: string;
  unit: string | null;
  complaints: string[];
  passedOn: string;
  handledOn: string | null;
  handlingNote: string | null;
}

/** A recommendation of the Tim Koordinasi that the agency's head must follow up (SPIKM Pasal 1 no. 13, 6, 8). */
export interface Recommendation {
  id: string;
  problemId: string | null;
  unit: string;
  text: string;
  issuedOn: string;
  dueOn: string;
  followUp: string | null;
  followedUpOn: string | null;
  overdueSince: string | null;
  late: boolean;
}

const base = (slug: string) => `/api/t/${encodeURIComponent(slug)}/officer/coordination`;

export function listRecommendations(slug: string, signal?: AbortSignal) {
  return officerApi<Recommendation[]>(`${base(slug)}/recommendations`, { signal });
}

export function listProblems(slug: string, signal?: AbortSignal) {
  return officerApi<Problem[]>(`${base(slug)}/problems`, { signal });
}

export function passProblem(slug: string, body: { title: string; description: string; unit?: string; complaints: string[] }) {
  return officerApi<Problem>(`${base(slug)}/problems`, { method: 'POST', body });
}

export function handleProblem(slug: string, id: string, note: string) {
  return officerApi<Problem>(`${base(slug)}/problems/${encodeURIComponent(id)}/handling`, { method: 'POST', body: { note } });
}

export function recommend(slug: string, body: { problemId?: string; unit: string; text: string; dueOn?: string }) {
  return officerApi<Recommendation>(`${base(slug)}/recommendations`, { method: 'POST', body });
}

export function followUp(slug: string, id: string, text: string) {
  return officerApi<Recommendation>(`${base(slug)}/recommendations/${encodeURIComponent(id)}/follow-up`, {
    method: 'POST',
    body: { followUp: text },
  });
}

/** The Tim Koordinasi's report to the Bupati for a period (SPIKM Pasal 6g). */
export interface CoordinationReport {
  from: string;
  to: string;
  problemsPassed: number;
  problemsHandled: number;
  agencies: { unit: string; issued: number; followedUpOnTime: number; followedUpLate: number; open: number; overdue: number }[];
  directionsGiven: number;
  directionsAnswered: number;
  evaluations: Evaluation[];
  team: Team | null;
}

export type TeamPost = 'PENGARAH' | 'PENANGGUNG_JAWAB' | 'KETUA' | 'WAKIL_KETUA' | 'SEKRETARIS' | 'ANGGOTA';

/** The Tim Koordinasi as the Bupati's decree sets it (SPIKM Pasal 4(1)a, 4(2)). */
export interface Team {
  decree: { title: string; number: string; date: string };
  members: { post: TeamPost; name?: string | null; position: string }[];
}

export type DirectionKind = 'ARAHAN' | 'MASUKAN' | 'SARAN';

/** A direction, input or suggestion to the operations team (SPIKM Pasal 6a) and the operations coordinator's answer. */
export interface Direction {
  id: string;
  kind: DirectionKind;
  text: string;
  givenOn: string;
  response: string | null;
  respondedOn: string | null;
}

export type EvaluationSubject = 'OPERATIONS_TEAM' | 'SERVICE';

/** The Tim Koordinasi's evaluation of a period (SPIKM Pasal 6b, 6f). */
export interface Evaluation {
  id: string;
  subject: EvaluationSubject;
  from: string;
  to: string;
  findings: string;
  recordedOn: string;
}

export function coordinationTeam(slug: string, signal?: AbortSignal) {
  return officerApi<Team>(`${base(slug)}/team`, { signal });
}

export function listDirections(slug: string, signal?: AbortSignal) {
  return officerApi<Direction[]>(`${base(slug)}/directions`, { signal });
}

export function giveDirection(slug: string, body: { kind: DirectionKind; text: string }) {
  return officerApi<Direction>(`${base(slug)}/directions`, { method: 'POST', body });
}

export function answerDirection(slug: string, id: string, response: string) {
  return officerApi<Direction>(`${base(slug)}/directions/${encodeURIComponent(id)}/answer`, { method: 'POST', body: { response } });
}

export function listEvaluations(slug: string, signal?: AbortSignal) {
  return officerApi<Evaluation[]>(`${base(slug)}/evaluations`, { signal });
}

export function evaluate(slug: string, body: { subject: EvaluationSubject; from: string; to: string; findings: string }) {
  return officerApi<Evaluation>(`${base(slug)}/evaluations`, { method: 'POST', body });
}

export function coordinationReport(slug: string, from: string, to: string, signal?: AbortSignal) {
  return officerApi<CoordinationReport>(`${base(slug)}/report`, { query: { from, to }, signal });
}
