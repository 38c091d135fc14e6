/**
 * Made-up people for the demo council. Names are drawn from lists of names common in the West
 * Midlands, so the staff list looks like a Black Country council's; any likeness to a real
 * officer or councillor is chance.
 */
import type { Random } from './random.js';

const FIRST_NAMES = [
  'Sarah',
  'James',
  'Emma',
  'David',
  'Claire',
  'Paul',
  'Rachel',
  'Mark',
  'Helen',
  'Andrew',
  'Karen',
  'Richard',
  'Nicola',
  'Stephen',
  'Louise',
  'Simon',
  'Joanne',
  'Daniel',
  'Lisa',
  'Michael',
  'Amanda',
  'Christopher',
  'Julie',
  'Gareth',
  'Kirsty',
  'Neil',
  'Hannah',
  'Matthew',
  'Zoe',
  'Ian',
  'Priya',
  'Gurpreet',
  'Harjinder',
  'Sukhvinder',
  'Amrit',
  'Rajinder',
  'Jaspal',
  'Manjit',
  'Sunil',
  'Anita',
  'Mohammed',
  'Aisha',
  'Imran',
  'Farah',
  'Tariq',
  'Nadia',
  'Yusuf',
  'Samina',
  'Kamran',
  'Rubina',
  'Tomasz',
  'Agnieszka',
  'Marcin',
  'Katarzyna',
  'Delroy',
  'Marcia',
  'Winston',
  'Janice',
  'Leroy',
  'Beverley',
  'Ruth',
  'Tom',
  'Charlotte',
  'Ben',
  'Sophie',
  'Craig',
  'Laura',
  'Lee',
  'Gemma',
  'Dean',
  'Fiona',
  'Graham',
  'Jenny',
  'Alan',
  'Kate',
  'Martin',
  'Lynne',
  'Carl',
  'Donna',
  'Wayne',
] as const;

const SURNAMES = [
  'Smith',
  'Jones',
  'Williams',
  'Taylor',
  'Davies',
  'Evans',
  'Thomas',
  'Roberts',
  'Walker',
  'Wright',
  'Hughes',
  'Edwards',
  'Green',
  'Hall',
  'Wood',
  'Harris',
  'Clarke',
  'Jackson',
  'Turner',
  'Hill',
  'Cooper',
  'Morris',
  'Ward',
  'Baker',
  'Griffiths',
  'Bennett',
  'Shaw',
  'Lewis',
  'Price',
  'Parsons',
  'Patel',
  'Singh',
  'Kaur',
  'Sandhu',
  'Bains',
  'Gill',
  'Dhillon',
  'Sidhu',
  'Mistry',
  'Chauhan',
  'Khan',
  'Ahmed',
  'Hussain',
  'Akhtar',
  'Begum',
  'Iqbal',
  'Rashid',
  'Malik',
  'Shah',
  'Ali',
  'Kowalski',
  'Nowak',
  'Wisniewski',
  'Campbell',
  'Francis',
  'Henry',
  'Stewart',
  'Reid',
  'Brown',
  'Robinson',
  'Phillips',
  'Cartwright',
  'Bradley',
  'Fletcher',
  'Marsh',
  'Dudley',
  'Bayliss',
  'Hodgetts',
  'Tonks',
  'Rowley',
  'Jukes',
  'Pritchard',
  'Nock',
  'Beddow',
  'Mason',
  'Perry',
  'Sutton',
  'Talbot',
  'Whitehouse',
  'Bissell',
] as const;

export interface PersonName {
  first: string;
  last: string;
}

/** Draws distinct full names, in order, from the lists above. */
export function drawNames(random: Random, count: number): PersonName[] {
  const seen = new Set<string>();
  const names: PersonName[] = [];
  while (names.length < count) {
    const name = { first: random.pick(FIRST_NAMES), last: random.pick(SURNAMES) };
    const key = `${name.first} ${name.last}`;
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

/** "first.last", lower case, letters only: the local part of a council email address. */
export function emailLocalPart(name: PersonName): string {
  const clean = (s: string): string => s.toLowerCase().replace(/[^a-z]/g, '');
  return `${clean(name.first)}.${clean(name.last)}`;
}

/** The reserved .example domain: demo addresses can never reach a real inbox. */
export const EMAIL_DOMAIN = 'wolverhampton.example';
