// Process 3, party cards: issue, reissue, loss; members without a card; the period's figures.
import type { Area } from '../../core/area.ts';
import { createCardsLoaders } from './loaders.ts';
import { cardsMappers } from './mappers.ts';
import { cardMutations, cardProvinceFields, cardReportResolvers, memberCardResolvers, partyCardResolvers } from './resolvers.ts';
import { cardsSeeder } from './seed.ts';

export const cardsArea: Area<typeof createCardsLoaders> = {
  name: 'cards',
  resolvers: {
    Province01: cardProvinceFields,
    ProvinceMutations: cardMutations,
    ProvinceReport: cardReportResolvers,
    Member: memberCardResolvers,
    PartyCard: partyCardResolvers,
  },
  loaders: createCardsLoaders,
  seed: cardsSeeder,
  mappers: cardsMappers,
};
