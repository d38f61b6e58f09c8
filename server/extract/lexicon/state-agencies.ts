/**
 * Data: a government's departments and offices that news names as the actor of its state's acts
 * ("the Department of the Treasury's Office of Foreign Assets Control imposed sanctions on …", "the
 * State Department condemned …"): each stands for its state, as a seat of power does
 * (seats-of-power.ts), and must be written with capitals. Only names that belong to one state's
 * government; a name many governments use ("Ministry of Defence", "Foreign Ministry") needs its
 * state written with it and is read by titles and demonyms instead. Each maps to the state's ISO
 * 3166-1 alpha-2 code (as in the world-countries package) and says where the name is documented.
 */
export interface StateAgency {
  /** As written in text, without a leading "the" (the matcher drops it). */
  name: string;
  /** ISO 3166-1 alpha-2 code of the state it acts for. */
  state: string;
  source: string;
}

const USA_GOV = 'usa.gov, "A-Z index of U.S. government departments and agencies"';
const GOV_UK = 'gov.uk, "Departments, agencies and public bodies"';

export const STATE_AGENCIES: readonly StateAgency[] = [
  { name: 'Department of State', state: 'US', source: USA_GOV },
  { name: 'U.S. Department of State', state: 'US', source: USA_GOV },
  { name: 'State Department', state: 'US', source: `${USA_GOV} (the name news uses)` },
  { name: 'U.S. State Department', state: 'US', source: `${USA_GOV} (the name news uses)` },
  { name: 'Department of the Treasury', state: 'US', source: USA_GOV },
  { name: 'U.S. Department of the Treasury', state: 'US', source: USA_GOV },
  { name: 'Treasury Department', state: 'US', source: `${USA_GOV} (the name news uses)` },
  { name: 'U.S. Treasury', state: 'US', source: `${USA_GOV} (the name news uses)` },
  { name: 'Office of Foreign Assets Control', state: 'US', source: `${USA_GOV}; home.treasury.gov/policy-issues/office-of-foreign-assets-control-sanctions-programs-and-information` },
  { name: 'OFAC', state: 'US', source: 'home.treasury.gov: the Office of Foreign Assets Control\'s own abbreviation' },
  { name: 'Department of Defense', state: 'US', source: USA_GOV },
  { name: 'Defense Department', state: 'US', source: `${USA_GOV} (the name news uses)` },
  { name: 'Department of Justice', state: 'US', source: USA_GOV },
  { name: 'Justice Department', state: 'US', source: `${USA_GOV} (the name news uses)` },
  { name: 'Department of Commerce', state: 'US', source: USA_GOV },
  { name: 'Commerce Department', state: 'US', source: `${USA_GOV} (the name news uses)` },
  { name: 'Foreign, Commonwealth and Development Office', state: 'GB', source: GOV_UK },
  { name: 'Foreign, Commonwealth & Development Office', state: 'GB', source: GOV_UK },
  { name: 'FCDO', state: 'GB', source: `${GOV_UK}: the office's own abbreviation` },
  { name: 'Foreign Office', state: 'GB', source: `${GOV_UK} (the name news uses for the FCDO)` },
  { name: 'HM Treasury', state: 'GB', source: GOV_UK },
];
