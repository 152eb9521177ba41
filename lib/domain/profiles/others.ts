// Exams with partial data (../shared/domain/step2ck-profile.json, comlex-level1-profile.json,
// plab1-profile.json). They are listed as "partial data" in onboarding; the planner still works with what is known.
import type { ContentArea, ExamProfile } from './exam-profile';

function areas(category: ContentArea['category'], rows: [string, string, number, number][]): ContentArea[] {
  return rows.map(([id, name, minPct, maxPct]) => ({ id, name, category, minPct, maxPct, verified: false }));
}

const USMLE_ATTEMPTS = {
  maxAttempts: 4,
  maxAttemptsWithin12Months: 3,
  laterAttempt: { fromAttempt: 4, minMonthsAfterFirst: 12, minMonthsAfterMostRecent: 6 },
  incompleteAttemptsCount: true,
  sources: [
    'https://www.usmle.org/common-questions/attempt-limit',
    'https://www.ecfmg.org/news/category/exam-preparation/page/12/',
  ],
};

export const step2ckProfile: ExamProfile = {
  id: 'usmle-step2ck',
  name: 'USMLE Step 2 CK',
  completeness: 'partial',
  asOf: 'mid-2026',
  officialPage: 'https://www.usmle.org/prepare-your-exam/step-2-ck-materials/step-2-ck-content-outline-specifications',
  format: {
    effectiveFrom: '2026-05-07',
    blocks: 16,
    questionsPerBlock: 20,
    minutesPerBlock: 30,
    totalQuestions: 316,
    sessionHours: 9,
    source: 'https://www.usmle.org/test-delivery-software-updates-step-2-ck-and-step-1-coming-may-2026',
  },
  // 218 from 1 Jul 2025 (secondary: probsee.com).
  passingStandard: { value: 218, scale: 'three-digit', verified: false, source: 'https://probsee.com/p/usmle_score' },
  // Disciplines: elitemedicalprep.com (Nov 2024), conflicting with another model; low confidence.
  areas: [
    ...areas('discipline', [
      ['medicine', 'Medicine', 50, 60],
      ['surgery', 'Surgery', 25, 30],
      ['pediatrics', 'Pediatrics', 20, 25],
      ['obgyn', 'Obstetrics & Gynecology', 10, 20],
      ['psychiatry', 'Psychiatry', 10, 15],
    ]),
  ],
  attemptPolicy: USMLE_ATTEMPTS,
  selfAssessments: [],
};

// NBOME blueprint gives minimum percentages, not ranges: min = max = the printed minimum.
export const comlexLevel1Profile: ExamProfile = {
  id: 'comlex-level1',
  name: 'COMLEX-USA Level 1',
  completeness: 'partial',
  asOf: 'mid-2026',
  officialPage: 'https://www.nbome.org/assessments/comlex-usa/comlex-usa-level-1/blueprint/',
  format: null,
  passingStandard: null,
  areas: areas('system', [
    ['community-health', 'Community Health and Patient Presentations Related to Wellness', 12, 12],
    ['human-development', 'Human Development, Reproduction, and Sexuality', 5, 5],
    ['endocrine', 'Endocrine System and Metabolism', 5, 5],
    ['nervous-mental', 'Nervous System and Mental Health', 10, 10],
    ['musculoskeletal', 'Musculoskeletal System', 13, 13],
  ]),
  attemptPolicy: null,
  selfAssessments: [],
};

// PLAB 1: 180 single-best-answer questions in 3 hours (secondary: antplab.com 2026); no topic weights found.
export const plab1Profile: ExamProfile = {
  id: 'plab1',
  name: 'PLAB 1',
  completeness: 'partial',
  asOf: 'mid-2026',
  officialPage: 'http://www.gmc-uk.org/doctors/plab/advice_part1.asp',
  format: null,
  passingStandard: null,
  areas: [],
  attemptPolicy: null,
  selfAssessments: [],
};
