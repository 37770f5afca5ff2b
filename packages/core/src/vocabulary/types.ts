export interface VocabularyEntry {
  code: string;
  label: string;
  kind: 'observation' | 'measure' | 'history' | 'factor' | 'gap' | 'action' | 'clock';
  when: string;
  source: string;
  param: string | null;
}
