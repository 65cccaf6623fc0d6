/**
 * Every rule of the no-contact tracker, re-exported from the module that
 * holds it. Code that needs one concern imports that module; this one serves
 * imports that span several (src/lib/ics.test.ts).
 */
export * from './no-contact-calendar';
export * from './no-contact-form';
export * from './no-contact-plan';
export * from './no-contact-progress';
export * from './no-contact-slips';
export * from './no-contact-stages';
