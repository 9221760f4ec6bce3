/**
 * How a catalogue's cities and solutions refer to one another, both ways: a
 * city's mentors and mentees, the solutions deployed in it. What a full city
 * card needs, without the directory's search index (a card alone, or the
 * submission page's preview, never builds one).
 */
import { perCatalogue } from './per-catalogue.js';
import type { Catalog, City, Solution } from './schema.js';

export interface CityRelations {
  city(id: string): City | undefined;
  /** Cities that name `id` among their mentors. */
  mentees(id: string): City[];
  /** The cities `id` names as mentors. */
  mentors(id: string): City[];
  /** Solutions deployed in `id`. */
  solutions(id: string): Solution[];
}

const relations = perCatalogue((catalog) => buildCityRelations(catalog as Catalog));

/** The relations of `catalog`, made on first use and shared by every element showing it. */
export const cityRelations = (catalog: Catalog): CityRelations => relations.get(catalog, '');

function buildCityRelations(catalog: Catalog): CityRelations {
  const cities = catalog.cities ?? [];
  const byId = new Map(cities.map((city) => [city.id, city]));
  const solutionsOf = new Map<string, Solution[]>();
  for (const solution of catalog.solutions ?? []) for (const id of solution.cities ?? []) solutionsOf.set(id, [...(solutionsOf.get(id) ?? []), solution]);
  const menteesOf = new Map<string, City[]>();
  for (const city of cities) for (const id of city.mentors ?? []) menteesOf.set(id, [...(menteesOf.get(id) ?? []), city]);
  return {
    city: (id) => byId.get(id),
    mentees: (id) => menteesOf.get(id) ?? [],
    mentors: (id) => (byId.get(id)?.mentors ?? []).map((mentor) => byId.get(mentor)).filter((city): city is City => !!city),
    solutions: (id) => solutionsOf.get(id) ?? [],
  };
}
