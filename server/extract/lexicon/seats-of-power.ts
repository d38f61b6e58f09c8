/**
 * Data: buildings and places whose name stands for a state's government in news writing
 * ("the Kremlin said ..."). Each maps to the state's ISO 3166-1 alpha-2 code (as in the
 * world-countries package) and says where the usage is documented.
 */
export interface SeatOfPower {
  /** As written in text, without a leading "the" (the matcher drops it). */
  name: string;
  /** ISO 3166-1 alpha-2 code of the state it stands for. */
  state: string;
  source: string;
}

export const SEATS_OF_POWER: readonly SeatOfPower[] = [
  { name: 'Kremlin', state: 'RU', source: 'Wikipedia, "Moscow Kremlin": official residence of the President of Russia; used as a metonym for the Russian government' },
  { name: 'White House', state: 'US', source: 'Wikipedia, "White House": residence and workplace of the US President; metonym for the administration' },
  { name: 'Downing Street', state: 'GB', source: 'Wikipedia, "Downing Street": home of the UK Prime Minister; metonym for the UK government' },
  { name: 'Number 10', state: 'GB', source: 'Wikipedia, "10 Downing Street": "Number 10" used for the Prime Minister\'s office' },
  { name: 'Elysee', state: 'FR', source: 'Wikipedia, "Élysée Palace": residence of the President of France; metonym for the French presidency' },
  { name: 'Elysee Palace', state: 'FR', source: 'Wikipedia, "Élysée Palace"' },
  { name: "Quai d'Orsay", state: 'FR', source: 'Wikipedia, "Quai d\'Orsay": metonym for the French foreign ministry' },
  { name: 'Zhongnanhai', state: 'CN', source: 'Wikipedia, "Zhongnanhai": headquarters of the Chinese Communist Party and the State Council' },
  { name: 'Pentagon', state: 'US', source: 'Wikipedia, "The Pentagon": headquarters of the US Department of Defense; metonym for the department' },
  { name: 'Foggy Bottom', state: 'US', source: 'Wikipedia, "Foggy Bottom": metonym for the US Department of State' },
  { name: 'Bankova', state: 'UA', source: 'Wikipedia, "Office of the President of Ukraine": on Bankova Street, used for the office' },
  { name: 'Chigi Palace', state: 'IT', source: 'Wikipedia, "Palazzo Chigi": seat of the Italian Prime Minister' },
  { name: 'Palazzo Chigi', state: 'IT', source: 'Wikipedia, "Palazzo Chigi"' },
  { name: 'Moncloa', state: 'ES', source: 'Wikipedia, "Palace of Moncloa": residence of the Spanish Prime Minister' },
  { name: 'Casa Rosada', state: 'AR', source: 'Wikipedia, "Casa Rosada": office of the President of Argentina' },
  { name: 'Planalto', state: 'BR', source: 'Wikipedia, "Planalto Palace": office of the President of Brazil' },
  { name: 'Blue House', state: 'KR', source: 'Wikipedia, "Blue House": former office of the South Korean President (until 2022)' },
  { name: 'Yongsan', state: 'KR', source: 'Wikipedia, "Presidential Office Building (South Korea)": in Yongsan since 2022' },
  { name: 'Raisina Hill', state: 'IN', source: 'Wikipedia, "Raisina Hill": seat of the Government of India' },
  { name: 'Kantei', state: 'JP', source: 'Wikipedia, "Prime Minister\'s Official Residence (Japan)": "the Kantei"' },
  { name: 'Bundeskanzleramt', state: 'DE', source: 'Wikipedia, "German Chancellery"' },
];
