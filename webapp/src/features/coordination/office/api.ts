import { tenantPath } from '../../../api/client';
import { officerApi } from '../../identity/office/session';
import type { Problem, Recommendation, CoordinationReport, Team, Direction, Evaluation } from '../../../api/schema';

export type { Problem, Recommendation, CoordinationReport, Team, Direction, Evaluation };

const base = (slug: string) => `${tenantPath(slug)}/officer/coordination`;

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

export type TeamPost = Team['members'][number]['post'];

export type DirectionKind = Direction['kind'];

export type EvaluationSubject = Evaluation['subject'];

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
