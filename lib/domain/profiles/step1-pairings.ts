// Which Step 1 disciplines a day on each system is reviewed through, so that a title never reads "Review Social
// Sciences: Communication and Interpersonal Skills through pathology and genetics". Our judgement from the outline's
// own grouping (../shared/domain/step1-profile.json: systems and disciplines), not a sourced table: pathology,
// physiology and pharmacology run through every organ system; microbiology and immunology through those that host
// infection and immunity; behavioural sciences carry the behavioural, social and population areas.
const ORGAN = [
  'pathology',
  'physiology',
  'pharmacology',
  'gross-anatomy-embryology',
  'histology-cell-biology',
  'biochemistry-nutrition',
  'genetics',
];

export const step1SystemDisciplines: Readonly<Record<string, readonly string[]>> = {
  'human-development': [
    'physiology',
    'genetics',
    'gross-anatomy-embryology',
    'behavioral-sciences',
    'biochemistry-nutrition',
  ],
  'blood-lymph-immune': [...ORGAN, 'immunology', 'microbiology'],
  'behavioral-nervous': [...ORGAN, 'behavioral-sciences', 'microbiology'],
  'msk-skin': [...ORGAN, 'immunology', 'microbiology'],
  cardiovascular: [...ORGAN, 'microbiology'],
  'respiratory-renal': [...ORGAN, 'microbiology', 'immunology'],
  gastrointestinal: [...ORGAN, 'microbiology', 'immunology'],
  'reproductive-endocrine': [...ORGAN, 'microbiology'],
  multisystem: [
    'pathology',
    'pharmacology',
    'microbiology',
    'immunology',
    'genetics',
    'biochemistry-nutrition',
    'physiology',
  ],
  'biostats-epi': ['behavioral-sciences'],
  'social-sciences': ['behavioral-sciences'],
};
