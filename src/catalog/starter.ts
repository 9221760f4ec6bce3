/**
 * What `t4g init` writes: one solution and one city with every field the
 * contract has, each with an example value, so that a provider edits and
 * deletes rather than looks up names. JSON has no comments; the values say
 * what goes there. A test checks that it is valid and has every field.
 */
export const STARTER = {
  $schema: 'https://unpkg.com/tech4good-marketplace/catalog/catalog.schema.json',
  version: 1,
  solutions: [
    {
      id: 'air-quality-sensors',
      name: { en: 'Air quality sensors', fr: 'Capteurs de qualité de l’air' },
      summary: 'Low-cost sensors on lamp posts that map air pollution street by street, with open data for residents.',
      description: 'A network of solar-powered sensors measuring particulate matter and nitrogen dioxide every minute.\n\nThe city gets a dashboard and an open data feed; residents get a map of their street.',
      tracks: ['green-economy', 'citizen-participation'],
      provider: { name: 'Example Air', type: 'startup', country: 'PT', url: 'https://air.example.org' },
      technologies: ['IoT sensors', 'LoRaWAN', 'open data'],
      tags: ['air quality', 'pollution'],
      trl: 7,
      sdgs: [3, 11],
      cities: ['example-city'],
      impact: [{ label: 'Streets measured', value: 120, unit: 'streets' }],
      pricing: 'subscription',
      licence: 'EUPL-1.2',
      languages: ['en', 'fr', 'pt'],
      contact: { email: 'hello@air.example.org', url: 'https://air.example.org/contact' },
      website: 'https://air.example.org',
      image: 'https://air.example.org/images/sensor.jpg',
      imageAlt: 'A small white sensor box on a lamp post',
      updated: '2025-01-31',
    },
  ],
  cities: [
    {
      id: 'example-city',
      name: 'Example City',
      country: 'PT',
      role: 'core',
      population: 250000,
      populationYear: 2021,
      geo: { lat: 41.15, lon: -8.61 },
      tagline: 'A port city that measures what it breathes',
      summary: 'Example City joined the challenge to cut emissions from traffic and to open its data to residents.',
      ambitions: ['Halve nitrogen dioxide near schools by 2030', 'Publish every city dataset as open data'],
      tracks: ['green-economy'],
      bestPractices: [
        {
          title: 'Sensors on every school street',
          summary: 'Air quality sensors at the gates of twelve schools, with a traffic ban at drop-off time where the air is worst.',
          url: 'https://city.example.org/air',
          solutions: ['air-quality-sensors'],
        },
      ],
      // Ids of other cities of the catalogue: this starter has only one.
      mentors: [],
      website: 'https://city.example.org',
      image: 'https://city.example.org/images/harbour.jpg',
      imageAlt: 'The harbour at sunset',
    },
  ],
};

/** The submission page's "Start from a template": the least a valid solution needs, for a provider to fill in. */
export const MINIMAL_SOLUTION = {
  $schema: STARTER.$schema,
  version: 1,
  solutions: [
    {
      id: 'my-solution',
      name: 'My solution',
      summary: 'One or two sentences: what it does, for whom, and what it changes for a city.',
      tracks: ['green-economy'],
      provider: { name: 'My organisation' },
    },
  ],
};
