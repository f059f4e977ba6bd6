/**
 * The web app's names for the shapes of the server's JSON, every one read from the types generated from the
 * server's OpenAPI document (./generated/balai-api.ts, made by `npm run api:types`). Every call to the API names
 * its answer with one of these or with a generated type (generatedTypes.test.ts checks it), so a change on the
 * server that the web app does not follow fails `tsc`.
 */
import type { components } from './generated/balai-api';

/** A schema of the document by its name. */
export type Schema<K extends keyof components['schemas']> = components['schemas'][K];

/** A request's body: the server reads a field left out, or null, as not given (and says which it needs). */
export type Body<K extends keyof components['schemas']> = { [P in keyof Schema<K>]?: Schema<K>[P] | null };

// Tenants and the calendar
export type Province = Schema<'Province'>;
export type TenantSummary = Schema<'TenantSummary'>;
export type OfficeHours = Schema<'OfficeHours'>;
export type Channels = Schema<'Channels'>;
export type Branding = Schema<'Branding'>;
export type OrgUnit = Schema<'OrgUnit'>;
export type ComplaintCategory = Schema<'Category'>;
export type Tenant = Schema<'TenantView'>;
export type PublicMapSettings = Schema<'PublicMap'>;
export type DayOff = Schema<'DayOffView'>;
export type DueDate = Schema<'DueView'>;

// Complaints, as the reporter sees them
export type Receipt = Schema<'Receipt'>;
export type Finding = Schema<'FindingView'>;
export type PublicPreview = Schema<'Preview'>;
export type PublicEvent = Schema<'EventView'>;
export type PublicDispatch = Schema<'PublicDispatchView'>;
export type PublicComplaint = Schema<'PublicView'>;
export type Attachment = Schema<'AttachmentView'>;
export type ComplaintStatus = Schema<'ComplaintStatus'>;

// Public reports and statistics
export type PublicReport = Schema<'PublicReport'>;
export type PublicReportPage = Schema<'PublicReportPage'>;
export type PublicStep = Schema<'TimelineStep'>;
export type PublicReportDetail = Schema<'PublicReportDetail'>;
export type PublicPoint = Schema<'PublicPoint'>;
export type PublicPoints = Schema<'PublicPoints'>;
export type Areas = Schema<'AreaCollection'>;
export type AreaFeature = Schema<'AreaFeature'>;
export type StatCount = Schema<'Count'>;
export type AgencyTimes = Schema<'AgencyTimes'>;
export type PublicStatistics = Schema<'PublicStatistics'>;
export type Period = Schema<'Period'>;
export type UnsubscribeLink = Schema<'LinkView'>;

// Information requests and the register, as the public sees them
export type Exemption = Schema<'ExemptionView'>;
export type RegisterEntry = Schema<'EntryView'>;
export type RegisterDocument = Schema<'FileView'>;
export type RegisterPage = Schema<'EntryPage'>;
export type RegisterEntryWithDocuments = Schema<'PublicEntryView'>;
export type SnippetPart = Schema<'SnippetPart'>;
export type SearchHit = Schema<'SearchHit'>;
export type SearchPage = Schema<'SearchPage'>;
export type RequestReceipt = Schema<'RequestReceipt'>;
export type Notice = Schema<'Notice'>;
export type FileView = Schema<'FileView'>;
export type ObjectionSummary = Schema<'ObjectionSummary'>;
export type PublicRequest = Schema<'PublicRequestView'>;
export type PublicObjection = Schema<'PublicObjection'>;
export type RequestStatus = Schema<'RequestStatus'>;

// The officers' and the platform's screens
export type JournalPage = Schema<'JournalPage'>;
export type CaseRef = Schema<'CaseRef'>;
export type Digest = Schema<'Digest1'>;
export type ReportCount = Schema<'Count1'>;
export type PeriodicReport = Schema<'PeriodicReport'>;
export type OwnSession = Schema<'SessionView'>;
export type SecondFactorStatus = Schema<'SecondFactorStatus'>;
export type SignatoryProfile = Schema<'SignatoryProfileView'>;
export type QueueItem = Schema<'QueueItem'>;
export type QueuePage = Schema<'QueuePage'>;
export type ComplaintOfficerEvent = Schema<'OfficerEventView'>;
export type DispatchView = Schema<'DispatchView'>;
export type OrgUnitRef = Schema<'UnitView'>;
export type DispatchSuggestion = Schema<'SuggestionView'>;
export type OfficerComplaint = Schema<'OfficerView'>;
export type LaporLink = Schema<'LaporView'>;
export type MaskedText = Schema<'MaskedText'>;
export type PublicationLogEntry = Schema<'LogView'>;
export type BlurredPhoto = Schema<'BlurredPhotoView'>;
export type Publication = Schema<'PublicationView'>;
export type Identity = Schema<'Identity'>;
export type Officer = Schema<'OfficerAccountView'>;
export type AdminUnit = Schema<'AdminUnitView'>;
export type AdminCategory = Schema<'CategoryView'>;
export type Problem = Schema<'ProblemView'>;
export type Recommendation = Schema<'RecommendationView'>;
export type CoordinationReport = Schema<'ReportView'>;
export type Team = Schema<'TeamView'>;
export type Direction = Schema<'DirectionView'>;
export type Evaluation = Schema<'EvaluationView'>;
export type Tile = Schema<'ComplaintTile'>;
export type Week = Schema<'ComplaintWeek'>;
export type Dashboard = Schema<'Dashboard'>;
export type RequestDashboard = Schema<'RequestDashboard'>;
export type RequestQueueItem = Schema<'RequestQueueItem'>;
export type RequestQueuePage = Schema<'RequestQueuePage'>;
export type RequestOfficerEvent = Schema<'OfficerEvent'>;
export type OfficerRequest = Schema<'OfficerRequestView'>;
export type ObjectionView = Schema<'ObjectionView'>;
export type ObjectionCounts = Schema<'ObjectionCounts'>;
export type DisputeView = Schema<'DisputeView'>;
export type DisputeTask = Schema<'TaskView'>;
export type CommissionClocks = Schema<'CommissionClocksView'>;
export type DocumentView = Schema<'DocumentView'>;
export type ConsequenceTestView = Schema<'ConsequenceTestView'>;
export type OfficerEntryView = Schema<'OfficerEntryView'>;
export type DeliveryView = Schema<'DeliveryView'>;
export type EntryCounts = Schema<'EntryCounts'>;
export type RequestFigures = Schema<'RequestFigures'>;
export type RequestTime = Schema<'RequestTime'>;
export type LlidSections = Schema<'Sections'>;
export type Llid = Schema<'Llid'>;
export type LlidDelivery = Schema<'DeliveryInput'>;
export type UnitReport = Schema<'UnitReport'>;
export type UnitReportSubmission = Schema<'UnitReportSubmission'>;
export type LibraryHandover = Schema<'LibraryHandover'>;
export type DocumentationAssignment = Schema<'AssignmentView'>;
export type QueueCounts = Schema<'Counts'>;
export type SavedFilter = Schema<'SavedFilterView'>;
export type RoutingSuggestion = Schema<'RoutingSuggestionView'>;
export type OfficerUser = Schema<'UserView'>;
export type TokenResponse = Schema<'TokenResponse'>;
export type Duplicate = Schema<'DuplicateView'>;
export type ResponseTemplate = Schema<'TemplateView'>;
export type Onboarded = Schema<'OnboardedView'>;
export type ProvincialAdminCreated = Schema<'Created'>;
export type OperatorTenant = Schema<'OperatorTenantView'>;
export type TenantStatus = Schema<'TenantStatus'>;
export type TenantIndicators = Schema<'TenantIndicators'>;
export type ComplianceBand = Schema<'BandView'>;
export type ComplianceRow = Schema<'RowView'>;
export type Message = Schema<'Message'>;
export type ComplianceTable = Schema<'TableView'>;
export type ComplianceDrill = Schema<'DrillView'>;
export type ComplianceTrend = Schema<'TrendView'>;
export type FilledTemplate = Schema<'Filled'>;
export type ArchiveImported = Schema<'Imported'>;
export type ComplianceRun = Schema<'RunView'>;
export type ComplianceWeights = Schema<'WeightsView'>;
export type SecondFactorEnrolment = Schema<'EnrolmentView'>;
export type RecoveryCodes = Schema<'RecoveryCodesView'>;
export type OfficerPage = Schema<'Page'>;
export type OfficerWithPassword = Schema<'OfficerWithPassword'>;
export type RequestCounts = Schema<'RequestCounts'>;
export type OfficerInput = Body<'OfficerInput'>;
export type TemplateInput = Body<'TemplateInput'>;
export type Correction = Body<'Correcting'>;
export type DispatchRequest = Body<'Dispatching'>;
