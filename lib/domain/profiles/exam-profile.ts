// The shape every exam profile has. Numbers come from ../shared/domain/*.json; each carries its source so that
// the UI can show where a fact comes from and whether it is verified.

export type AreaCategory = 'system' | 'discipline' | 'competency';

export interface ContentArea {
  id: string;
  /** Exactly as written in the profile: the onboarding's radio groups are named by it. */
  name: string;
  category: AreaCategory;
  minPct: number;
  maxPct: number;
  /** false where the sources disagree or are secondary only. */
  verified: boolean;
  note?: string;
}

export interface SelfAssessment {
  id: string;
  name: string;
  provider: string;
  /** null where the count was not found in the sources. */
  questions: number | null;
  /** Planned sitting time including short breaks, in minutes. */
  sittingMinutes: number;
  /** true when the report gives an estimated probability of passing. */
  reportsPassProbability: boolean;
  source: string;
}

export interface ExamFormat {
  effectiveFrom: string;
  blocks: number;
  questionsPerBlock: number;
  minutesPerBlock: number;
  totalQuestions: number;
  sessionHours: number;
  source: string;
}

export interface AttemptPolicy {
  maxAttempts: number;
  maxAttemptsWithin12Months: number;
  /** The 4th and later attempts wait this long after the first and after the most recent attempt. */
  laterAttempt: { fromAttempt: number; minMonthsAfterFirst: number; minMonthsAfterMostRecent: number };
  incompleteAttemptsCount: boolean;
  sources: string[];
}

export interface ExamProfile {
  id: string;
  name: string;
  /** 'complete' profiles can drive a plan on their own; 'partial' ones are listed with a warning. */
  completeness: 'complete' | 'partial';
  /** When the facts were read (the newest stored copy). */
  asOf: string;
  officialPage: string;
  format: ExamFormat | null;
  passingStandard: { value: number; scale: string; verified: boolean; source: string } | null;
  areas: ContentArea[];
  attemptPolicy: AttemptPolicy | null;
  selfAssessments: SelfAssessment[];
  /** For exams outlined by systems: the discipline ids a day on each system may be reviewed through (absent: any). */
  systemDisciplines?: Readonly<Record<string, readonly string[]>>;
}
