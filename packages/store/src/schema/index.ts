export * from './access.js';
export * from './cases.js';
export * from './decisions.js';
export * from './escalations.js';
export * from './org.js';
export * from './people.js';
export * from './school.js';
