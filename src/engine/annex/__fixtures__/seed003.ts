/**
 * Seed 003's annexes (Bilaga 1–6) as printed: the shared transcription in test/fixtures/seeds.ts,
 * under the names the annex and budget tests use.
 */
export {
  bilaga1Tsv as BILAGA1,
  bilaga2Tsv as BILAGA2,
  bilaga3Tsv as BILAGA3,
  bilaga4Tsv as BILAGA4,
  bilaga5Tsv as BILAGA5,
  bilaga6Tsv as BILAGA6,
} from '../../../../test/fixtures/seeds';
