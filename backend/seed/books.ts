import type { Genre } from '@folio/contract/genres';

/**
 * One book of the Folio seed catalog.
 *
 * Every entry is a real public-domain work (published before 1929, author dead
 * for more than 70 years). Descriptions are original to Folio. `publishedYear`
 * is the commonly cited year of first publication (book form, or the original
 * language edition for translated works).
 */
export interface SeedBook {
  id: string;
  title: string;
  author: string;
  publishedYear: number;
  genre: Genre;
  description: string;
  priceCents: number;
  stock: number;
  featured: boolean;
  isbn?: string;
}

export const BOOKS: readonly SeedBook[] = [
  // ---------------------------------------------------------------- literary
  {
    id: 'war-and-peace',
    title: 'War and Peace',
    author: 'Leo Tolstoy',
    publishedYear: 1869,
    genre: 'literary',
    priceCents: 1899,
    stock: 24,
    featured: true,
    description:
      "Five aristocratic families are swept up in Napoleon's invasion of Russia, and Tolstoy follows them from " +
      'candlelit ballrooms to the smoke of Borodino, asking what really moves history: great men, or millions of ' +
      'small choices.',
  },
  {
    id: 'anna-karenina',
    title: 'Anna Karenina',
    author: 'Leo Tolstoy',
    publishedYear: 1878,
    genre: 'literary',
    priceCents: 1650,
    stock: 31,
    featured: false,
    description:
      'A married woman of St Petersburg society falls for a dashing cavalry officer and pays for it with everything' +
      ' she has, while on his country estate the restless Levin searches for a life that makes sense.',
  },
  {
    id: 'the-death-of-ivan-ilyich',
    title: 'The Death of Ivan Ilyich',
    author: 'Leo Tolstoy',
    publishedYear: 1886,
    genre: 'literary',
    priceCents: 699,
    stock: 2,
    featured: false,
    description:
      'A successful, perfectly ordinary judge bumps his side while hanging curtains and slowly realises he is ' +
      'dying. A short, merciless novella about the gap between a proper life and a true one.',
  },
  {
    id: 'crime-and-punishment',
    title: 'Crime and Punishment',
    author: 'Fyodor Dostoevsky',
    publishedYear: 1866,
    genre: 'literary',
    priceCents: 1399,
    stock: 0,
    featured: false,
    description:
      'Raskolnikov, a penniless former student, convinces himself that an extraordinary man may kill for a higher ' +
      'purpose. After the axe falls, a patient investigator and his own conscience close in.',
  },
  {
    id: 'the-brothers-karamazov',
    title: 'The Brothers Karamazov',
    author: 'Fyodor Dostoevsky',
    publishedYear: 1880,
    genre: 'literary',
    priceCents: 1999,
    stock: 17,
    featured: false,
    description:
      'Three very different brothers circle their dissolute father, whose murder leads to a sensational trial. ' +
      "Dostoevsky's last novel wrestles with faith, doubt, freedom and the duty we owe one another.",
  },
  {
    id: 'notes-from-underground',
    title: 'Notes from Underground',
    author: 'Fyodor Dostoevsky',
    publishedYear: 1864,
    genre: 'literary',
    priceCents: 549,
    stock: 12,
    featured: false,
    description:
      'A bitter retired civil servant addresses the reader from his cellar of spite, mocking progress and reason, ' +
      'then recalls the humiliating episodes that made him who he is. Short, strange and endlessly modern.',
  },
  {
    id: 'madame-bovary',
    title: 'Madame Bovary',
    author: 'Gustave Flaubert',
    publishedYear: 1857,
    genre: 'literary',
    priceCents: 1099,
    stock: 22,
    featured: false,
    description:
      "Emma, a country doctor's wife raised on romantic novels, finds provincial Normandy unbearable and seeks " +
      "escape in love affairs and ruinous debts. Flaubert's exact, ironic prose made it a landmark of realism.",
  },
  {
    id: 'pere-goriot',
    title: 'Père Goriot',
    author: 'Honoré de Balzac',
    publishedYear: 1835,
    genre: 'literary',
    priceCents: 899,
    stock: 9,
    featured: false,
    description:
      'In a shabby Paris boarding house, an old man ruins himself for two ungrateful daughters, while young ' +
      "Rastignac learns how the city's high society really works. A cornerstone of The Human Comedy.",
  },
  {
    id: 'eugenie-grandet',
    title: 'Eugénie Grandet',
    author: 'Honoré de Balzac',
    publishedYear: 1833,
    genre: 'literary',
    priceCents: 799,
    stock: 3,
    featured: false,
    description:
      'In a sleepy provincial town, a miser hoards his gold and rations every candle in the house, while his ' +
      'daughter Eugénie quietly falls in love with her Parisian cousin. A study of avarice and patience.',
  },
  {
    id: 'germinal',
    title: 'Germinal',
    author: 'Émile Zola',
    publishedYear: 1885,
    genre: 'literary',
    priceCents: 1249,
    stock: 14,
    featured: false,
    description:
      'Étienne Lantier arrives in a northern French mining town and helps lead a desperate strike against the ' +
      "company. Zola's vivid account of hunger, solidarity and violence underground still burns.",
  },
  {
    id: 'middlemarch',
    title: 'Middlemarch',
    author: 'George Eliot',
    publishedYear: 1871,
    genre: 'literary',
    priceCents: 1549,
    stock: 19,
    featured: false,
    description:
      'Idealistic Dorothea Brooke marries a dry old scholar, the ambitious doctor Lydgate marries a pretty social ' +
      'climber, and a whole Midlands town looks on. A wise, generous panorama of provincial English life.',
  },
  {
    id: 'great-expectations',
    title: 'Great Expectations',
    author: 'Charles Dickens',
    publishedYear: 1861,
    genre: 'literary',
    priceCents: 1149,
    stock: 38,
    featured: false,
    description:
      'The orphan Pip, raised by his sister and a kindly blacksmith, receives a fortune from an unknown benefactor ' +
      'and sets off to become a gentleman in London, with a convict and a jilted bride in his past.',
  },
  {
    id: 'ulysses',
    title: 'Ulysses',
    author: 'James Joyce',
    publishedYear: 1922,
    genre: 'literary',
    priceCents: 2299,
    stock: 6,
    featured: false,
    description:
      'One day in Dublin, 16 June 1904, followed through the wanderings of advertising canvasser Leopold Bloom and ' +
      'young Stephen Dedalus. Playful, difficult and endlessly inventive, it reshaped the modern novel.',
  },
  {
    id: 'mrs-dalloway',
    title: 'Mrs Dalloway',
    author: 'Virginia Woolf',
    publishedYear: 1925,
    genre: 'literary',
    priceCents: 949,
    stock: 11,
    featured: false,
    description:
      'On a June day in London, Clarissa Dalloway prepares for her party while a shell-shocked veteran, Septimus ' +
      'Smith, drifts toward crisis. Woolf moves between minds in a single, luminous stream.',
  },
  {
    id: 'the-great-gatsby',
    title: 'The Great Gatsby',
    author: 'F. Scott Fitzgerald',
    publishedYear: 1925,
    genre: 'literary',
    priceCents: 1050,
    stock: 45,
    featured: true,
    description:
      'Nick Carraway rents a cottage on Long Island next door to the mysterious Jay Gatsby, who throws lavish ' +
      'parties in the hope of winning back Daisy Buchanan. A short, shimmering novel of the Jazz Age.',
  },
  {
    id: 'gosta-berlings-saga',
    title: "Gösta Berling's Saga",
    author: 'Selma Lagerlöf',
    publishedYear: 1891,
    genre: 'literary',
    priceCents: 1175,
    stock: 7,
    featured: false,
    description:
      'A defrocked pastor joins a band of carefree cavaliers at a manor in Värmland, and a year of feasts, follies ' +
      "and redemption follows. Lagerlöf's first novel, rich in legend and Swedish landscape.",
  },
  {
    id: 'bel-ami',
    title: 'Bel-Ami',
    author: 'Guy de Maupassant',
    publishedYear: 1885,
    genre: 'literary',
    priceCents: 849,
    stock: 5,
    featured: false,
    description:
      'Georges Duroy, a handsome ex-soldier with little talent and no scruples, climbs the ladder of Paris ' +
      'journalism through a series of calculated seductions. A sharp satire of the press, money and power.',
  },
  {
    id: 'les-miserables',
    title: 'Les Misérables',
    author: 'Victor Hugo',
    publishedYear: 1862,
    genre: 'literary',
    priceCents: 2199,
    stock: 27,
    featured: false,
    description:
      'Released after nineteen years in prison for stealing bread, Jean Valjean remakes himself as an honest man ' +
      'while the relentless inspector Javert pursues him through the streets and barricades of Paris.',
  },
  {
    id: 'fathers-and-sons',
    title: 'Fathers and Sons',
    author: 'Ivan Turgenev',
    publishedYear: 1862,
    genre: 'literary',
    priceCents: 725,
    stock: 13,
    featured: false,
    description:
      "Young Arkady brings his friend Bazarov, a scornful nihilist, home to his father's estate, and the clash of " +
      "generations begins. Turgenev's portrait of a radical who rejects everything, except love.",
  },
  {
    id: 'dead-souls',
    title: 'Dead Souls',
    author: 'Nikolai Gogol',
    publishedYear: 1842,
    genre: 'literary',
    priceCents: 999,
    stock: 4,
    featured: false,
    description:
      'The smooth-talking Chichikov tours provincial Russia buying up the names of dead serfs still counted on the ' +
      'tax rolls, for a scheme all his own. A grotesque, comic portrait of greed and bureaucracy.',
  },
  {
    id: 'mansfield-park',
    title: 'Mansfield Park',
    author: 'Jane Austen',
    publishedYear: 1814,
    genre: 'literary',
    priceCents: 899,
    stock: 16,
    featured: false,
    description:
      'Shy Fanny Price is brought up by wealthy relatives at Mansfield Park, where the arrival of the charming ' +
      "Crawford siblings and a daring bout of home theatricals test everyone's principles.",
  },
  {
    id: 'northanger-abbey',
    title: 'Northanger Abbey',
    author: 'Jane Austen',
    publishedYear: 1817,
    genre: 'literary',
    priceCents: 650,
    stock: 21,
    featured: false,
    description:
      "Catherine Morland, a devourer of gothic novels, visits Bath and then the Tilneys' ancient abbey, where she " +
      "imagines dark secrets behind every door. Austen's affectionate send-up of the horror craze.",
  },
  {
    id: 'the-scarlet-letter',
    title: 'The Scarlet Letter',
    author: 'Nathaniel Hawthorne',
    publishedYear: 1850,
    genre: 'literary',
    priceCents: 775,
    stock: 29,
    featured: false,
    description:
      'In Puritan Boston, Hester Prynne is condemned to wear a scarlet A for adultery and refuses to name her ' +
      "child's father. Hawthorne's dark romance of guilt, hypocrisy and quiet defiance.",
  },
  {
    id: 'heart-of-darkness',
    title: 'Heart of Darkness',
    author: 'Joseph Conrad',
    publishedYear: 1899,
    genre: 'literary',
    priceCents: 499,
    stock: 33,
    featured: false,
    description:
      'Aboard a yawl on the Thames, Marlow tells of his journey up the Congo River in search of Kurtz, an ivory ' +
      'agent who has abandoned all restraint. A brief, haunting look into the heart of empire.',
  },
  {
    id: 'adventures-of-huckleberry-finn',
    title: 'Adventures of Huckleberry Finn',
    author: 'Mark Twain',
    publishedYear: 1884,
    genre: 'literary',
    priceCents: 899,
    stock: 21,
    featured: false,
    description:
      'Escaping his drunken father, Huck floats down the Mississippi on a raft with Jim, a man fleeing slavery, and' +
      ' their journey exposes the cruelty and absurdity of the river towns along the shore.',
  },

  // ----------------------------------------------------------------- mystery
  {
    id: 'a-study-in-scarlet',
    title: 'A Study in Scarlet',
    author: 'Arthur Conan Doyle',
    publishedYear: 1887,
    genre: 'mystery',
    priceCents: 599,
    stock: 26,
    featured: false,
    description:
      'Dr John Watson, back from Afghanistan, takes rooms in Baker Street with an eccentric consulting detective, ' +
      'and soon a corpse in an empty house, with a word scrawled in blood, puts them to work.',
  },
  {
    id: 'the-sign-of-the-four',
    title: 'The Sign of the Four',
    author: 'Arthur Conan Doyle',
    publishedYear: 1890,
    genre: 'mystery',
    priceCents: 599,
    stock: 18,
    featured: false,
    description:
      'Mary Morstan has received a pearl every year from an unknown sender. Holmes and Watson follow the trail to a' +
      ' stolen Indian treasure, a one-legged man and a breathless launch chase down the Thames.',
  },
  {
    id: 'the-hound-of-the-baskervilles',
    title: 'The Hound of the Baskervilles',
    author: 'Arthur Conan Doyle',
    publishedYear: 1902,
    genre: 'mystery',
    priceCents: 1099,
    stock: 52,
    featured: true,
    description:
      'A legend of a spectral hound haunts the Baskerville family, and when Sir Charles dies on the moor with ' +
      'terror on his face, Holmes sends Watson to Dartmoor to guard the young heir.',
  },
  {
    id: 'the-adventures-of-sherlock-holmes',
    title: 'The Adventures of Sherlock Holmes',
    author: 'Arthur Conan Doyle',
    publishedYear: 1892,
    genre: 'mystery',
    priceCents: 1299,
    stock: 40,
    featured: false,
    description:
      "Twelve cases, from a king's compromising photograph to a speckled band in a country house, gathered from the" +
      ' Strand Magazine stories that made Holmes and Watson famous.',
  },
  {
    id: 'the-moonstone',
    title: 'The Moonstone',
    author: 'Wilkie Collins',
    publishedYear: 1868,
    genre: 'mystery',
    priceCents: 1199,
    stock: 15,
    featured: false,
    description:
      'A sacred Indian diamond vanishes from a Yorkshire country house the night after it is given to Rachel ' +
      'Verinder. Told by several witnesses, it is often called the first great English detective novel.',
  },
  {
    id: 'the-woman-in-white',
    title: 'The Woman in White',
    author: 'Wilkie Collins',
    publishedYear: 1860,
    genre: 'mystery',
    priceCents: 1249,
    stock: 0,
    featured: false,
    description:
      'Walking to London at night, drawing master Walter Hartright meets a mysterious woman dressed all in white ' +
      'who has escaped from an asylum. Stolen identity, a sinister count and a fortune are at stake.',
  },
  {
    id: 'the-murders-in-the-rue-morgue',
    title: 'The Murders in the Rue Morgue',
    author: 'Edgar Allan Poe',
    publishedYear: 1841,
    genre: 'mystery',
    priceCents: 399,
    stock: 9,
    featured: false,
    description:
      'Two women are found savagely killed in a locked Paris apartment, and C. Auguste Dupin untangles the puzzle ' +
      'by pure reasoning. The story that invented the detective tale, in a slim edition.',
  },
  {
    id: 'the-innocence-of-father-brown',
    title: 'The Innocence of Father Brown',
    author: 'G. K. Chesterton',
    publishedYear: 1911,
    genre: 'mystery',
    priceCents: 899,
    stock: 20,
    featured: false,
    description:
      'A shabby little priest with a large umbrella solves crimes by understanding sinners from the inside. Twelve ' +
      'witty, paradoxical tales, including his first encounters with the great thief Flambeau.',
  },
  {
    id: 'the-man-who-was-thursday',
    title: 'The Man Who Was Thursday',
    author: 'G. K. Chesterton',
    publishedYear: 1908,
    genre: 'mystery',
    priceCents: 749,
    stock: 13,
    featured: false,
    description:
      'A poet turned police detective infiltrates an anarchist council whose seven members are named for the days ' +
      'of the week, and finds the conspiracy is not at all what it seems. A dreamlike thriller.',
  },
  {
    id: 'the-mystery-of-the-yellow-room',
    title: 'The Mystery of the Yellow Room',
    author: 'Gaston Leroux',
    publishedYear: 1907,
    genre: 'mystery',
    priceCents: 825,
    stock: 11,
    featured: false,
    description:
      'Mademoiselle Stangerson is attacked in a room locked from the inside, and the young reporter Joseph ' +
      'Rouletabille races the police to explain the impossible. A classic French locked-room puzzle.',
  },
  {
    id: 'the-thirty-nine-steps',
    title: 'The Thirty-Nine Steps',
    author: 'John Buchan',
    publishedYear: 1915,
    genre: 'mystery',
    priceCents: 699,
    stock: 35,
    featured: false,
    description:
      'Richard Hannay finds a murdered spy in his London flat and must flee across the Scottish moors, hunted by ' +
      'police and enemy agents alike, while he works out the secret of the thirty-nine steps.',
  },
  {
    id: 'the-secret-agent',
    title: 'The Secret Agent',
    author: 'Joseph Conrad',
    publishedYear: 1907,
    genre: 'mystery',
    priceCents: 950,
    stock: 8,
    featured: false,
    description:
      'Mr Verloc keeps a shady shop in Soho and spies for a foreign embassy, which orders him to blow up the ' +
      "Greenwich Observatory. Conrad's dark, ironic tale of terror and its innocent victims.",
  },
  {
    id: 'arsene-lupin-gentleman-burglar',
    title: 'Arsène Lupin, Gentleman-Burglar',
    author: 'Maurice Leblanc',
    publishedYear: 1907,
    genre: 'mystery',
    priceCents: 799,
    stock: 14,
    featured: false,
    description:
      'The elegant thief Arsène Lupin robs the rich with panache, escapes from prison at will and matches wits with' +
      " a famous English detective. The first collection of Leblanc's irresistible gentleman crook.",
  },
  {
    id: 'the-leavenworth-case',
    title: 'The Leavenworth Case',
    author: 'Anna Katharine Green',
    publishedYear: 1878,
    genre: 'mystery',
    priceCents: 675,
    stock: 2,
    featured: false,
    description:
      'A wealthy New York merchant is shot dead in his library, and suspicion falls on his two beautiful nieces. ' +
      'Detective Ebenezer Gryce investigates in one of the first bestselling American mysteries.',
  },
  {
    id: 'lady-audleys-secret',
    title: "Lady Audley's Secret",
    author: 'Mary Elizabeth Braddon',
    publishedYear: 1862,
    genre: 'mystery',
    priceCents: 899,
    stock: 6,
    featured: false,
    description:
      "Sir Michael Audley's golden-haired young wife seems perfect, but when his nephew's friend George Talboys " +
      'vanishes during a visit, the idle barrister Robert Audley begins to dig. A sensation novel of secrets.',
  },
  {
    id: 'the-mystery-of-edwin-drood',
    title: 'The Mystery of Edwin Drood',
    author: 'Charles Dickens',
    publishedYear: 1870,
    genre: 'mystery',
    priceCents: 725,
    stock: 10,
    featured: false,
    description:
      'In a cathedral town, the choirmaster John Jasper, secretly an opium addict, dotes on his nephew Edwin, who ' +
      'then disappears. Dickens died halfway through, leaving the solution forever open.',
  },

  // --------------------------------------------------------- science fiction
  {
    id: 'the-time-machine',
    title: 'The Time Machine',
    author: 'H. G. Wells',
    publishedYear: 1895,
    genre: 'science-fiction',
    priceCents: 599,
    stock: 48,
    featured: true,
    description:
      'A Victorian inventor travels to the year 802,701 and finds humanity split into the gentle Eloi and the ' +
      "subterranean Morlocks, then pushes on to the dying Earth's final shore.",
  },
  {
    id: 'the-war-of-the-worlds',
    title: 'The War of the Worlds',
    author: 'H. G. Wells',
    publishedYear: 1898,
    genre: 'science-fiction',
    priceCents: 899,
    stock: 37,
    featured: false,
    description:
      'A cylinder lands on Horsell Common, and the Martians inside emerge in towering tripods armed with heat-rays.' +
      ' A narrator flees across a collapsing Surrey and London in the original alien invasion.',
  },
  {
    id: 'the-invisible-man',
    title: 'The Invisible Man',
    author: 'H. G. Wells',
    publishedYear: 1897,
    genre: 'science-fiction',
    priceCents: 649,
    stock: 12,
    featured: false,
    description:
      'A bandaged stranger takes a room at a Sussex inn in midwinter. He is Griffin, a scientist who has made ' +
      'himself invisible and cannot undo it, and his frustration curdles into a reign of terror.',
  },
  {
    id: 'the-island-of-doctor-moreau',
    title: 'The Island of Doctor Moreau',
    author: 'H. G. Wells',
    publishedYear: 1896,
    genre: 'science-fiction',
    priceCents: 749,
    stock: 0,
    featured: false,
    description:
      'Shipwrecked Edward Prendick is stranded on a remote island where the exiled vivisectionist Moreau turns ' +
      'animals into half-human creatures bound by a chanted Law. A grim fable of science without limits.',
  },
  {
    id: 'the-first-men-in-the-moon',
    title: 'The First Men in the Moon',
    author: 'H. G. Wells',
    publishedYear: 1901,
    genre: 'science-fiction',
    priceCents: 799,
    stock: 9,
    featured: false,
    description:
      'A bankrupt businessman and an absent-minded scientist ride a sphere coated in gravity-blocking Cavorite to ' +
      'the Moon, where they find an insect-like civilisation living beneath the surface.',
  },
  {
    id: 'twenty-thousand-leagues-under-the-seas',
    title: 'Twenty Thousand Leagues Under the Seas',
    author: 'Jules Verne',
    publishedYear: 1870,
    genre: 'science-fiction',
    priceCents: 1299,
    stock: 25,
    featured: false,
    description:
      'Professor Aronnax sets out to hunt a sea monster and is captured by the enigmatic Captain Nemo, who takes ' +
      'him around the world aboard the submarine Nautilus, past coral forests, Atlantis and the polar ice.',
  },
  {
    id: 'from-the-earth-to-the-moon',
    title: 'From the Earth to the Moon',
    author: 'Jules Verne',
    publishedYear: 1865,
    genre: 'science-fiction',
    priceCents: 699,
    stock: 7,
    featured: false,
    description:
      "After the Civil War, the bored members of Baltimore's Gun Club resolve to build a colossal cannon and fire a" +
      " projectile, and then three passengers, at the Moon. Verne's witty, figure-packed space tale.",
  },
  {
    id: 'journey-to-the-centre-of-the-earth',
    title: 'Journey to the Centre of the Earth',
    author: 'Jules Verne',
    publishedYear: 1864,
    genre: 'science-fiction',
    priceCents: 899,
    stock: 19,
    featured: false,
    description:
      'Professor Lidenbrock deciphers a runic note and drags his nephew Axel, with the Icelandic guide Hans, down ' +
      'an extinct volcano into a buried world of seas, giant mushrooms and prehistoric beasts.',
  },
  {
    id: 'flatland',
    title: 'Flatland: A Romance of Many Dimensions',
    author: 'Edwin A. Abbott',
    publishedYear: 1884,
    genre: 'science-fiction',
    priceCents: 450,
    stock: 22,
    featured: false,
    description:
      'A. Square lives in a two-dimensional world ruled by rigid geometric castes, until a Sphere visits and ' +
      'reveals the third dimension. A mathematical fable and a sly satire of Victorian society.',
  },
  {
    id: 'looking-backward',
    title: 'Looking Backward: 2000–1887',
    author: 'Edward Bellamy',
    publishedYear: 1888,
    genre: 'science-fiction',
    priceCents: 599,
    stock: 5,
    featured: false,
    description:
      'Julian West falls into a hypnotic sleep in Boston in 1887 and wakes in the year 2000, in a cooperative ' +
      'society without poverty or war. The utopian bestseller that launched a political movement.',
  },
  {
    id: 'rur-rossums-universal-robots',
    title: "R.U.R. (Rossum's Universal Robots)",
    author: 'Karel Čapek',
    publishedYear: 1920,
    genre: 'science-fiction',
    priceCents: 549,
    stock: 16,
    featured: false,
    description:
      'A factory on a remote island turns out artificial workers for the whole world, until the robots decide they ' +
      'no longer need their makers. The play that gave the word robot to every language.',
  },
  {
    id: 'we',
    title: 'We',
    author: 'Yevgeny Zamyatin',
    publishedYear: 1924,
    genre: 'science-fiction',
    priceCents: 799,
    stock: 8,
    featured: false,
    description:
      'In the glass-walled One State, citizens are numbers living by the Table of Hours, and the engineer D-503 ' +
      'keeps a diary until a woman called I-330 awakens his soul. The forerunner of modern dystopias.',
  },
  {
    id: 'herland',
    title: 'Herland',
    author: 'Charlotte Perkins Gilman',
    publishedYear: 1915,
    genre: 'science-fiction',
    priceCents: 499,
    stock: 10,
    featured: false,
    description:
      'Three American explorers stumble on a hidden country peopled only by women, who have built a calm, rational ' +
      'society over two thousand years. A witty utopia that turns assumptions upside down.',
  },
  {
    id: 'the-lost-world',
    title: 'The Lost World',
    author: 'Arthur Conan Doyle',
    publishedYear: 1912,
    genre: 'science-fiction',
    priceCents: 849,
    stock: 28,
    featured: false,
    description:
      'The irascible Professor Challenger leads a journalist, a sportsman and a rival scientist to a South American' +
      ' plateau where dinosaurs and ape-men have survived. Brisk, funny and wonderfully pulpy.',
  },
  {
    id: 'a-princess-of-mars',
    title: 'A Princess of Mars',
    author: 'Edgar Rice Burroughs',
    publishedYear: 1917,
    genre: 'science-fiction',
    priceCents: 699,
    stock: 13,
    featured: false,
    description:
      'Civil War veteran John Carter is mysteriously transported to Mars, where the low gravity makes him a giant ' +
      'of strength, and he fights among green Martian warriors for the princess Dejah Thoris.',
  },
  {
    id: 'a-connecticut-yankee-in-king-arthurs-court',
    title: "A Connecticut Yankee in King Arthur's Court",
    author: 'Mark Twain',
    publishedYear: 1889,
    genre: 'science-fiction',
    priceCents: 899,
    stock: 9,
    featured: false,
    description:
      'A Hartford factory superintendent wakes up in sixth-century Camelot and sets about modernising it with ' +
      "newspapers, telephones and dynamite. Twain's comic, increasingly dark satire of chivalry and progress.",
  },
  {
    id: 'erewhon',
    title: 'Erewhon',
    author: 'Samuel Butler',
    publishedYear: 1872,
    genre: 'science-fiction',
    priceCents: 650,
    stock: 4,
    featured: false,
    description:
      'A young traveller crosses a mountain range into a land where illness is punished as a crime, crime is ' +
      'treated as an illness, and machines were banned for fear they might evolve. A topsy-turvy satire.',
  },

  // ----------------------------------------------------------------- fantasy
  {
    id: 'phantastes',
    title: 'Phantastes',
    author: 'George MacDonald',
    publishedYear: 1858,
    genre: 'fantasy',
    priceCents: 749,
    stock: 8,
    featured: false,
    description:
      'On the morning after his twenty-first birthday, Anodos finds his bedroom turning into a forest and wanders ' +
      'into Fairy Land, pursued by his own shadow. A dreamlike romance that shaped later fantasy.',
  },
  {
    id: 'lilith',
    title: 'Lilith',
    author: 'George MacDonald',
    publishedYear: 1895,
    genre: 'fantasy',
    priceCents: 825,
    stock: 2,
    featured: false,
    description:
      'Mr Vane follows a mysterious librarian through a mirror into a region of the dead and the sleeping, where ' +
      "the ancient Lilith rules a city of cruelty. MacDonald's dark, visionary last fantasy.",
  },
  {
    id: 'the-worm-ouroboros',
    title: 'The Worm Ouroboros',
    author: 'E. R. Eddison',
    publishedYear: 1922,
    genre: 'fantasy',
    priceCents: 1399,
    stock: 6,
    featured: false,
    description:
      'On a fantastical Mercury, the proud lords of Demonland wage war against the sorcerer-king Gorice of ' +
      'Witchland. Written in gorgeous archaic prose, a heroic epic of pure adventure.',
  },
  {
    id: 'the-well-at-the-worlds-end',
    title: "The Well at the World's End",
    author: 'William Morris',
    publishedYear: 1896,
    genre: 'fantasy',
    priceCents: 1199,
    stock: 0,
    featured: false,
    description:
      'Ralph, youngest son of a small king, rides out in search of the legendary well whose waters grant long life ' +
      "and good fortune. Morris's long, medieval-flavoured quest romance, a source for later fantasy.",
  },
  {
    id: 'the-wood-beyond-the-world',
    title: 'The Wood Beyond the World',
    author: 'William Morris',
    publishedYear: 1894,
    genre: 'fantasy',
    priceCents: 650,
    stock: 11,
    featured: false,
    description:
      'Golden Walter leaves his merchant life to follow a strange vision of a dwarf, a maiden and a lady into an ' +
      'enchanted wood ruled by a sorceress of terrible beauty. A short, luminous quest tale.',
  },
  {
    id: 'she',
    title: 'She',
    author: 'H. Rider Haggard',
    publishedYear: 1887,
    genre: 'fantasy',
    priceCents: 799,
    stock: 23,
    featured: false,
    description:
      'The Cambridge scholar Horace Holly and his ward Leo follow an ancient potsherd to a lost African kingdom ' +
      'ruled by Ayesha, an immortal queen who has waited two thousand years for her lost love.',
  },
  {
    id: 'gullivers-travels',
    title: "Gulliver's Travels",
    author: 'Jonathan Swift',
    publishedYear: 1726,
    genre: 'fantasy',
    priceCents: 999,
    stock: 34,
    featured: true,
    description:
      "Ship's surgeon Lemuel Gulliver is cast among the tiny Lilliputians, the giants of Brobdingnag, the flying " +
      "island of Laputa and the rational horses called Houyhnhnms. Swift's savage, funny satire.",
  },
  {
    id: 'undine',
    title: 'Undine',
    author: 'Friedrich de la Motte Fouqué',
    publishedYear: 1811,
    genre: 'fantasy',
    priceCents: 450,
    stock: 5,
    featured: false,
    description:
      'A knight marries Undine, a water spirit raised by fisherfolk, who gains a soul through love. When he turns ' +
      'to another woman, the ancient laws of her watery kin demand their due. A tender German fairy romance.',
  },
  {
    id: 'le-morte-darthur',
    title: "Le Morte d'Arthur",
    author: 'Thomas Malory',
    publishedYear: 1485,
    genre: 'fantasy',
    priceCents: 1650,
    stock: 12,
    featured: false,
    description:
      'The great English retelling of the Arthurian legends, from the sword in the stone and the quest for the Holy' +
      " Grail to Lancelot's love for Guinevere and the final, fatal battle at Camlann.",
  },
  {
    id: 'a-voyage-to-arcturus',
    title: 'A Voyage to Arcturus',
    author: 'David Lindsay',
    publishedYear: 1920,
    genre: 'fantasy',
    priceCents: 899,
    stock: 6,
    featured: false,
    description:
      'Maskull wakes on Tormance, a planet circling the star Arcturus, where with each encounter he grows new ' +
      'organs of perception and meets ever stranger beings. A wild, philosophical fantasy.',
  },
  {
    id: 'the-crock-of-gold',
    title: 'The Crock of Gold',
    author: 'James Stephens',
    publishedYear: 1912,
    genre: 'fantasy',
    priceCents: 749,
    stock: 17,
    featured: false,
    description:
      'A philosopher in a pine wood, leprechauns robbed of their gold, the god Pan and the great Angus Óg all ' +
      'collide in this whimsical, talkative Irish fantasy brimming with comic wisdom.',
  },
  {
    id: 'vathek',
    title: 'Vathek',
    author: 'William Beckford',
    publishedYear: 1786,
    genre: 'fantasy',
    priceCents: 550,
    stock: 9,
    featured: false,
    description:
      'The capricious caliph Vathek, greedy for forbidden knowledge and pleasure, makes a pact with a sinister ' +
      'Giaour and sets out for the subterranean halls of Eblis. An opulent Oriental tale of damnation.',
  },
  {
    id: 'the-night-land',
    title: 'The Night Land',
    author: 'William Hope Hodgson',
    publishedYear: 1912,
    genre: 'fantasy',
    priceCents: 1099,
    stock: 4,
    featured: false,
    description:
      'Millions of years from now, with the sun gone dark, the last humans shelter in a vast metal pyramid ringed ' +
      'by watching horrors. One man ventures out to find the woman he loved in another life.',
  },
  {
    id: 'the-water-babies',
    title: 'The Water-Babies',
    author: 'Charles Kingsley',
    publishedYear: 1863,
    genre: 'fantasy',
    priceCents: 699,
    stock: 15,
    featured: false,
    description:
      'Tom, a mistreated young chimney sweep, falls into a river and becomes a water-baby, beginning a moral ' +
      'education among otters and salmon under the fairies Mrs Bedonebyasyoudid and Mrs Doasyouwouldbedoneby.',
  },

  // --------------------------------------------------------------- adventure
  {
    id: 'treasure-island',
    title: 'Treasure Island',
    author: 'Robert Louis Stevenson',
    publishedYear: 1883,
    genre: 'adventure',
    priceCents: 899,
    stock: 55,
    featured: true,
    description:
      "Young Jim Hawkins finds a treasure map in a dead pirate's sea chest and sails for a distant island aboard " +
      'the Hispaniola, with a one-legged cook named Long John Silver who is far more than he seems.',
  },
  {
    id: 'kidnapped',
    title: 'Kidnapped',
    author: 'Robert Louis Stevenson',
    publishedYear: 1886,
    genre: 'adventure',
    priceCents: 750,
    stock: 14,
    featured: false,
    description:
      'Cheated of his inheritance by a miserly uncle, David Balfour is shipped off to be sold into servitude, ' +
      'survives a wreck and flees across the Highlands with the Jacobite Alan Breck Stewart.',
  },
  {
    id: 'robinson-crusoe',
    title: 'Robinson Crusoe',
    author: 'Daniel Defoe',
    publishedYear: 1719,
    genre: 'adventure',
    priceCents: 699,
    stock: 30,
    featured: false,
    description:
      'A restless young Englishman is shipwrecked alone on a tropical island and, over twenty-eight years, builds a' +
      ' life from salvage and ingenuity, until a footprint in the sand changes everything.',
  },
  {
    id: 'the-three-musketeers',
    title: 'The Three Musketeers',
    author: 'Alexandre Dumas',
    publishedYear: 1844,
    genre: 'adventure',
    priceCents: 1299,
    stock: 42,
    featured: false,
    description:
      "Young d'Artagnan rides to Paris to join the King's Musketeers and finds three inseparable friends, Athos, " +
      'Porthos and Aramis, in a whirl of duels, intrigue and the schemes of Cardinal Richelieu.',
  },
  {
    id: 'the-count-of-monte-cristo',
    title: 'The Count of Monte Cristo',
    author: 'Alexandre Dumas',
    publishedYear: 1844,
    genre: 'adventure',
    priceCents: 1899,
    stock: 20,
    featured: false,
    description:
      "Betrayed on the eve of his wedding and buried in the Château d'If, sailor Edmond Dantès escapes fourteen " +
      'years later with a hidden fortune and a patient, brilliant plan to repay each of his enemies.',
  },
  {
    id: 'king-solomons-mines',
    title: "King Solomon's Mines",
    author: 'H. Rider Haggard',
    publishedYear: 1885,
    genre: 'adventure',
    priceCents: 699,
    stock: 0,
    featured: false,
    description:
      'Hunter Allan Quatermain joins Sir Henry Curtis and Captain Good on a trek across desert and mountains to ' +
      "find Sir Henry's lost brother and the legendary diamond mines of King Solomon.",
  },
  {
    id: 'the-call-of-the-wild',
    title: 'The Call of the Wild',
    author: 'Jack London',
    publishedYear: 1903,
    genre: 'adventure',
    priceCents: 599,
    stock: 36,
    featured: false,
    description:
      'Buck, a pampered dog from a California estate, is stolen and sold as a sled dog in the Klondike gold rush, ' +
      'where he learns the law of club and fang and hears the ancient call of the wild.',
  },
  {
    id: 'white-fang',
    title: 'White Fang',
    author: 'Jack London',
    publishedYear: 1906,
    genre: 'adventure',
    priceCents: 649,
    stock: 18,
    featured: false,
    description:
      'Born in the Yukon wilderness, part wolf and part dog, White Fang survives a brutal owner and the fighting ' +
      'pit before a kinder hand teaches him trust. A mirror image of The Call of the Wild.',
  },
  {
    id: 'moby-dick',
    title: 'Moby-Dick',
    author: 'Herman Melville',
    publishedYear: 1851,
    genre: 'adventure',
    priceCents: 1599,
    stock: 13,
    featured: false,
    description:
      'Ishmael signs aboard the whaler Pequod, whose captain, Ahab, is consumed by his hunt for the white whale ' +
      'that took his leg. A sprawling, digressive and magnificent epic of the sea.',
  },
  {
    id: 'around-the-world-in-eighty-days',
    title: 'Around the World in Eighty Days',
    author: 'Jules Verne',
    publishedYear: 1872,
    genre: 'adventure',
    priceCents: 799,
    stock: 33,
    featured: false,
    description:
      "On a wager at London's Reform Club, the precise Phileas Fogg and his valet Passepartout set off to circle " +
      'the globe in eighty days by steamer, train and elephant, pursued by a dogged detective.',
  },
  {
    id: 'the-prisoner-of-zenda',
    title: 'The Prisoner of Zenda',
    author: 'Anthony Hope',
    publishedYear: 1894,
    genre: 'adventure',
    priceCents: 599,
    stock: 1,
    featured: false,
    description:
      'Idle Englishman Rudolf Rassendyll happens to look exactly like the King of Ruritania, and when the king is ' +
      'drugged on the eve of his coronation by his scheming brother, Rudolf must take his place.',
  },
  {
    id: 'the-scarlet-pimpernel',
    title: 'The Scarlet Pimpernel',
    author: 'Baroness Orczy',
    publishedYear: 1905,
    genre: 'adventure',
    priceCents: 749,
    stock: 25,
    featured: false,
    description:
      'During the Terror, a mysterious Englishman known only by a small red flower smuggles French aristocrats away' +
      ' from the guillotine, and his true identity is closer to home than anyone guesses.',
  },
  {
    id: 'captain-blood',
    title: 'Captain Blood',
    author: 'Rafael Sabatini',
    publishedYear: 1922,
    genre: 'adventure',
    priceCents: 999,
    stock: 9,
    featured: false,
    description:
      'Peter Blood, an Irish physician condemned for treating a wounded rebel, is sold into slavery in Barbados, ' +
      'escapes with his fellow convicts and becomes the most gallant pirate of the Caribbean.',
  },
  {
    id: 'the-last-of-the-mohicans',
    title: 'The Last of the Mohicans',
    author: 'James Fenimore Cooper',
    publishedYear: 1826,
    genre: 'adventure',
    priceCents: 849,
    stock: 7,
    featured: false,
    description:
      'During the French and Indian War, the scout Hawkeye and his Mohican companions Chingachgook and Uncas guide ' +
      'two sisters through the forests of upstate New York toward a besieged British fort.',
  },
  {
    id: 'ivanhoe',
    title: 'Ivanhoe',
    author: 'Walter Scott',
    publishedYear: 1819,
    genre: 'adventure',
    priceCents: 899,
    stock: 15,
    featured: false,
    description:
      'In twelfth-century England, the disinherited knight Wilfred of Ivanhoe returns from the Crusades to fight ' +
      'for his honour at the tournament of Ashby, among Saxons, Normans, outlaws and the brave Rebecca.',
  },
  {
    id: 'kim',
    title: 'Kim',
    author: 'Rudyard Kipling',
    publishedYear: 1901,
    genre: 'adventure',
    priceCents: 799,
    stock: 11,
    featured: false,
    description:
      'An orphaned Irish boy growing up on the streets of Lahore becomes the disciple of a Tibetan lama while being' +
      ' trained as a spy in the Great Game. A vivid, affectionate panorama of India.',
  },
  {
    id: 'tarzan-of-the-apes',
    title: 'Tarzan of the Apes',
    author: 'Edgar Rice Burroughs',
    publishedYear: 1912,
    genre: 'adventure',
    priceCents: 699,
    stock: 27,
    featured: false,
    description:
      'The orphaned son of an English lord is raised by apes in the African jungle, teaches himself to read from ' +
      "his dead parents' books, and meets his first humans when a marooned party lands on the shore.",
  },

  // ----------------------------------------------------------------- romance
  {
    id: 'pride-and-prejudice',
    title: 'Pride and Prejudice',
    author: 'Jane Austen',
    publishedYear: 1813,
    genre: 'romance',
    priceCents: 999,
    stock: 58,
    featured: true,
    description:
      'Elizabeth Bennet, the quick-witted second of five unmarried sisters, takes an instant dislike to the proud ' +
      "Mr Darcy. Austen's sparkling comedy of first impressions, money and the marriage market.",
  },
  {
    id: 'sense-and-sensibility',
    title: 'Sense and Sensibility',
    author: 'Jane Austen',
    publishedYear: 1811,
    genre: 'romance',
    priceCents: 899,
    stock: 26,
    featured: false,
    description:
      "After their father's death leaves them nearly penniless, sensible Elinor and passionate Marianne Dashwood " +
      "meet love and disappointment in very different ways. Austen's first published novel.",
  },
  {
    id: 'emma',
    title: 'Emma',
    author: 'Jane Austen',
    publishedYear: 1815,
    genre: 'romance',
    priceCents: 949,
    stock: 23,
    featured: false,
    description:
      'Handsome, clever and rich, Emma Woodhouse amuses herself by arranging the love lives of her neighbours in ' +
      "Highbury, with results she never predicts. Austen's most self-assured comedy.",
  },
  {
    id: 'persuasion',
    title: 'Persuasion',
    author: 'Jane Austen',
    publishedYear: 1817,
    genre: 'romance',
    priceCents: 850,
    stock: 1,
    featured: false,
    description:
      'Eight years after being persuaded to break off her engagement to a penniless naval officer, Anne Elliot ' +
      "meets Captain Wentworth again, now rich and admired. Austen's most tender, autumnal novel.",
  },
  {
    id: 'jane-eyre',
    title: 'Jane Eyre',
    author: 'Charlotte Brontë',
    publishedYear: 1847,
    genre: 'romance',
    priceCents: 1099,
    stock: 31,
    featured: true,
    description:
      'An orphaned governess with a fierce sense of her own worth falls in love with her brooding employer, Mr ' +
      'Rochester, at Thornfield Hall, where strange laughter echoes through the corridors at night.',
  },
  {
    id: 'wuthering-heights',
    title: 'Wuthering Heights',
    author: 'Emily Brontë',
    publishedYear: 1847,
    genre: 'romance',
    priceCents: 899,
    stock: 0,
    featured: false,
    description:
      'On the Yorkshire moors, the foundling Heathcliff and Catherine Earnshaw share a wild, consuming bond, and ' +
      'its betrayal poisons two families across two generations. Passionate and unsettling.',
  },
  {
    id: 'north-and-south',
    title: 'North and South',
    author: 'Elizabeth Gaskell',
    publishedYear: 1855,
    genre: 'romance',
    priceCents: 850,
    stock: 12,
    featured: false,
    description:
      'Margaret Hale moves from a gentle southern village to the smoky mill town of Milton, where she clashes with ' +
      'the proud manufacturer John Thornton over strikes, workers and their own feelings.',
  },
  {
    id: 'far-from-the-madding-crowd',
    title: 'Far from the Madding Crowd',
    author: 'Thomas Hardy',
    publishedYear: 1874,
    genre: 'romance',
    priceCents: 799,
    stock: 16,
    featured: false,
    description:
      'Independent Bathsheba Everdene inherits a farm in Wessex and is courted by three very different men: a loyal' +
      " shepherd, a lonely neighbour and a dashing soldier. Hardy's warmest pastoral novel.",
  },
  {
    id: 'tess-of-the-durbervilles',
    title: "Tess of the d'Urbervilles",
    author: 'Thomas Hardy',
    publishedYear: 1891,
    genre: 'romance',
    priceCents: 899,
    stock: 14,
    featured: false,
    description:
      "Sent to claim kinship with a wealthy family, the farm girl Tess Durbeyfield is wronged by Alec d'Urberville," +
      " and her later love for Angel Clare is haunted by the past. Hardy's great tragedy.",
  },
  {
    id: 'the-age-of-innocence',
    title: 'The Age of Innocence',
    author: 'Edith Wharton',
    publishedYear: 1920,
    genre: 'romance',
    priceCents: 1050,
    stock: 8,
    featured: false,
    description:
      'In 1870s New York, lawyer Newland Archer is engaged to the conventional May Welland when her unconventional ' +
      'cousin, Countess Ellen Olenska, returns from Europe. A study of duty and desire.',
  },
  {
    id: 'the-enchanted-april',
    title: 'The Enchanted April',
    author: 'Elizabeth von Arnim',
    publishedYear: 1922,
    genre: 'romance',
    priceCents: 725,
    stock: 6,
    featured: false,
    description:
      'Four dissatisfied Englishwomen who barely know one another rent a medieval castle on the Italian Riviera for' +
      ' a month, and the sunshine, wisteria and quiet work a gentle magic on them all.',
  },
  {
    id: 'the-blue-castle',
    title: 'The Blue Castle',
    author: 'L. M. Montgomery',
    publishedYear: 1926,
    genre: 'romance',
    priceCents: 799,
    stock: 9,
    featured: false,
    description:
      "Valancy Stirling, a timid twenty-nine-year-old, learns from a doctor's letter that she has a year to live " +
      "and decides to stop obeying her overbearing family. Montgomery's funniest novel for adults.",
  },
  {
    id: 'cyrano-de-bergerac',
    title: 'Cyrano de Bergerac',
    author: 'Edmond Rostand',
    publishedYear: 1897,
    genre: 'romance',
    priceCents: 599,
    stock: 10,
    featured: false,
    description:
      'The gifted poet and swordsman Cyrano loves his cousin Roxane but believes his enormous nose makes him ' +
      'unlovable, so he writes love letters for a handsome cadet instead. A heroic comedy in verse.',
  },
  {
    id: 'the-sorrows-of-young-werther',
    title: 'The Sorrows of Young Werther',
    author: 'Johann Wolfgang von Goethe',
    publishedYear: 1774,
    genre: 'romance',
    priceCents: 550,
    stock: 5,
    featured: false,
    description:
      'Told in letters, the story of a sensitive young artist who falls hopelessly in love with Lotte, who is ' +
      'already engaged to another man. The novel made Goethe famous overnight and swept across Europe.',
  },
  {
    id: 'daddy-long-legs',
    title: 'Daddy-Long-Legs',
    author: 'Jean Webster',
    publishedYear: 1912,
    genre: 'romance',
    priceCents: 599,
    stock: 19,
    featured: false,
    description:
      'Jerusha Abbott, an orphan, is sent to college by an anonymous trustee on one condition: that she write him a' +
      ' letter every month. Her witty, illustrated letters tell of a young woman finding herself.',
  },

  // ------------------------------------------------------------------ horror
  {
    id: 'frankenstein',
    title: 'Frankenstein',
    author: 'Mary Shelley',
    publishedYear: 1818,
    genre: 'horror',
    priceCents: 899,
    stock: 44,
    featured: true,
    description:
      'Young Victor Frankenstein builds a living being from dead matter and recoils from his creation, who, spurned' +
      ' by everyone, turns his eloquent despair into revenge. The founding novel of science fiction.',
  },
  {
    id: 'dracula',
    title: 'Dracula',
    author: 'Bram Stoker',
    publishedYear: 1897,
    genre: 'horror',
    priceCents: 1050,
    stock: 39,
    featured: true,
    description:
      'Through diaries, letters and clippings, a band of friends pieces together the threat of a Transylvanian ' +
      'count who has come to England, and resolves to hunt him down. The vampire novel that defined the genre.',
  },
  {
    id: 'strange-case-of-dr-jekyll-and-mr-hyde',
    title: 'Strange Case of Dr Jekyll and Mr Hyde',
    author: 'Robert Louis Stevenson',
    publishedYear: 1886,
    genre: 'horror',
    priceCents: 499,
    stock: 28,
    featured: false,
    description:
      'The London lawyer Gabriel Utterson investigates the strange bond between his respectable friend Dr Henry ' +
      'Jekyll and the repellent Edward Hyde. A compact, chilling study of the divided self.',
  },
  {
    id: 'the-picture-of-dorian-gray',
    title: 'The Picture of Dorian Gray',
    author: 'Oscar Wilde',
    publishedYear: 1890,
    genre: 'horror',
    priceCents: 799,
    stock: 24,
    featured: false,
    description:
      'A beautiful young man wishes that his portrait would grow old instead of him, and the wish comes true: as ' +
      'Dorian indulges every vice, the painting locked away upstairs records every sin.',
  },
  {
    id: 'the-turn-of-the-screw',
    title: 'The Turn of the Screw',
    author: 'Henry James',
    publishedYear: 1898,
    genre: 'horror',
    priceCents: 550,
    stock: 13,
    featured: false,
    description:
      'A young governess arrives at a remote country house to care for two orphaned children and becomes convinced ' +
      'they are haunted by the ghosts of former servants. Or is she? Ambiguous and deeply unnerving.',
  },
  {
    id: 'carmilla',
    title: 'Carmilla',
    author: 'Joseph Sheridan Le Fanu',
    publishedYear: 1872,
    genre: 'horror',
    priceCents: 450,
    stock: 9,
    featured: false,
    description:
      'In a lonely Styrian castle, Laura welcomes a mysterious young guest, Carmilla, whose languid affection grows' +
      ' strangely intense as the local girls sicken and die. A vampire tale that predates Dracula.',
  },
  {
    id: 'the-castle-of-otranto',
    title: 'The Castle of Otranto',
    author: 'Horace Walpole',
    publishedYear: 1764,
    genre: 'horror',
    priceCents: 499,
    stock: 0,
    featured: false,
    description:
      "On his son's wedding day, Prince Manfred sees the boy crushed beneath a gigantic helmet, and an ancient " +
      'prophecy begins to unfold in his castle. The first gothic novel, full of portents and secret passages.',
  },
  {
    id: 'the-phantom-of-the-opera',
    title: 'The Phantom of the Opera',
    author: 'Gaston Leroux',
    publishedYear: 1910,
    genre: 'horror',
    priceCents: 899,
    stock: 21,
    featured: false,
    description:
      'A masked genius haunts the cellars of the Paris Opera, coaching the young soprano Christine Daaé and ' +
      'terrorising the managers. A gothic romance that has inspired countless adaptations.',
  },
  {
    id: 'the-fall-of-the-house-of-usher',
    title: 'The Fall of the House of Usher',
    author: 'Edgar Allan Poe',
    publishedYear: 1839,
    genre: 'horror',
    priceCents: 350,
    stock: 17,
    featured: false,
    description:
      "A narrator visits his boyhood friend Roderick Usher in a decaying mansion, where Roderick's twin sister lies" +
      " ill and the house itself seems alive with dread. Poe's most perfect tale of terror.",
  },
  {
    id: 'the-monk',
    title: 'The Monk',
    author: 'Matthew Gregory Lewis',
    publishedYear: 1796,
    genre: 'horror',
    priceCents: 850,
    stock: 4,
    featured: false,
    description:
      'Ambrosio, the revered abbot of a Madrid monastery, is tempted by a novice who is not what she seems, and ' +
      'falls into lust, murder and sorcery. A scandalous, lurid classic of the gothic.',
  },
  {
    id: 'the-mysteries-of-udolpho',
    title: 'The Mysteries of Udolpho',
    author: 'Ann Radcliffe',
    publishedYear: 1794,
    genre: 'horror',
    priceCents: 1150,
    stock: 2,
    featured: false,
    description:
      'The orphaned Emily St. Aubert is carried off to a gloomy castle in the Apennines by the villainous Montoni, ' +
      'where veiled pictures and midnight music fill her with terror. The gothic bestseller.',
  },
  {
    id: 'the-horla',
    title: 'The Horla',
    author: 'Guy de Maupassant',
    publishedYear: 1887,
    genre: 'horror',
    priceCents: 399,
    stock: 15,
    featured: false,
    description:
      'A man living comfortably on the banks of the Seine begins to sense an invisible presence that drinks his ' +
      'water and milk at night and slowly takes over his will. A diary of creeping dread.',
  },
  {
    id: 'the-great-god-pan',
    title: 'The Great God Pan',
    author: 'Arthur Machen',
    publishedYear: 1894,
    genre: 'horror',
    priceCents: 499,
    stock: 12,
    featured: false,
    description:
      "A doctor operates on a young woman's brain so that she might see the god Pan; years later, a string of " +
      'suicides in London society points to a woman of strange beauty. An ancestor of cosmic horror.',
  },
  {
    id: 'the-king-in-yellow',
    title: 'The King in Yellow',
    author: 'Robert W. Chambers',
    publishedYear: 1895,
    genre: 'horror',
    priceCents: 650,
    stock: 7,
    featured: false,
    description:
      'Stories linked by a forbidden play, The King in Yellow, which drives all who read it to madness. Chambers ' +
      'blends decadent Paris, a strangely orderly future New York and creeping, unnamed dread.',
  },
  {
    id: 'the-house-on-the-borderland',
    title: 'The House on the Borderland',
    author: 'William Hope Hodgson',
    publishedYear: 1908,
    genre: 'horror',
    priceCents: 699,
    stock: 1,
    featured: false,
    description:
      "Two travellers find a ruined house in the west of Ireland and a manuscript describing its recluse's battle " +
      'with swine-like creatures from a pit, and visions reaching to the end of the solar system.',
  },
  {
    id: 'the-yellow-wallpaper',
    title: 'The Yellow Wallpaper',
    author: 'Charlotte Perkins Gilman',
    publishedYear: 1892,
    genre: 'horror',
    priceCents: 299,
    stock: 26,
    featured: false,
    description:
      'Confined to an upstairs room by her physician husband for a rest cure, a young mother becomes obsessed with ' +
      'the patterned yellow wallpaper and the figure she sees creeping behind it. Short and chilling.',
  },
  {
    id: 'the-call-of-cthulhu',
    title: 'The Call of Cthulhu',
    author: 'H. P. Lovecraft',
    publishedYear: 1928,
    genre: 'horror',
    priceCents: 350,
    stock: 8,
    featured: false,
    description:
      "A dead professor's notes link a strange bas-relief, a Louisiana swamp cult and a doomed crew's landing on an" +
      " island risen from the Pacific. Lovecraft's essential tale of cosmic horror.",
  },

  // ------------------------------------------------------------------ poetry
  {
    id: 'leaves-of-grass',
    title: 'Leaves of Grass',
    author: 'Walt Whitman',
    publishedYear: 1855,
    genre: 'poetry',
    priceCents: 1199,
    stock: 22,
    featured: true,
    description:
      "Whitman's exuberant free-verse celebration of the self, the body, democracy and the teeming American crowd, " +
      'a book he kept expanding for the rest of his life. Opens with the poem later called Song of Myself.',
  },
  {
    id: 'paradise-lost',
    title: 'Paradise Lost',
    author: 'John Milton',
    publishedYear: 1667,
    genre: 'poetry',
    priceCents: 1299,
    stock: 14,
    featured: false,
    description:
      "An epic in blank verse of Satan's rebellion and fall, the temptation in Eden and the expulsion of Adam and " +
      'Eve, told with vast music and the aim to justify the ways of God to men.',
  },
  {
    id: 'songs-of-innocence-and-of-experience',
    title: 'Songs of Innocence and of Experience',
    author: 'William Blake',
    publishedYear: 1794,
    genre: 'poetry',
    priceCents: 899,
    stock: 9,
    featured: false,
    description:
      "Blake's paired lyrics show the world first through innocent eyes and then through experienced ones: the Lamb" +
      ' and the Tyger, the chimney sweeper, the chartered streets of London. Simple, visionary, fierce.',
  },
  {
    id: 'lyrical-ballads',
    title: 'Lyrical Ballads',
    author: 'William Wordsworth and Samuel Taylor Coleridge',
    publishedYear: 1798,
    genre: 'poetry',
    priceCents: 799,
    stock: 6,
    featured: false,
    description:
      "The joint collection that launched English Romanticism, opening with Coleridge's Rime of the Ancyent " +
      "Marinere and closing with Wordsworth's Tintern Abbey: poems in the real language of ordinary people.",
  },
  {
    id: 'les-fleurs-du-mal',
    title: 'Les Fleurs du mal',
    author: 'Charles Baudelaire',
    publishedYear: 1857,
    genre: 'poetry',
    priceCents: 950,
    stock: 11,
    featured: false,
    description:
      "Baudelaire's notorious collection explores spleen and the ideal, beauty and decay, the city and the body. " +
      'Prosecuted for offending public morals when it appeared, it became a foundation of modern poetry.',
  },
  {
    id: 'poems-dickinson',
    title: 'Poems',
    author: 'Emily Dickinson',
    publishedYear: 1890,
    genre: 'poetry',
    priceCents: 849,
    stock: 16,
    featured: false,
    description:
      "The first selection of Dickinson's poems, published four years after her death: compressed, slanting lyrics " +
      'of death, nature and the soul, full of dashes and startling half-rhymes.',
  },
  {
    id: 'gitanjali',
    title: 'Gitanjali',
    author: 'Rabindranath Tagore',
    publishedYear: 1910,
    genre: 'poetry',
    priceCents: 650,
    stock: 8,
    featured: false,
    description:
      'Devotional songs offered to an intimate, ever-present god, which Tagore later rendered into his own English ' +
      'prose poems. The book that earned him the Nobel Prize in Literature in 1913.',
  },
  {
    id: 'shakespeares-sonnets',
    title: "Shakespeare's Sonnets",
    author: 'William Shakespeare',
    publishedYear: 1609,
    genre: 'poetry',
    priceCents: 699,
    stock: 30,
    featured: false,
    description:
      'One hundred and fifty-four sonnets on beauty, time, jealousy and desire, addressed to a fair youth and a ' +
      'dark lady. Some of the most quoted lines in the English language.',
  },
  {
    id: 'a-shropshire-lad',
    title: 'A Shropshire Lad',
    author: 'A. E. Housman',
    publishedYear: 1896,
    genre: 'poetry',
    priceCents: 499,
    stock: 5,
    featured: false,
    description:
      'Sixty-three spare, musical poems of young men, market towns, lost love and early death, set in a remembered ' +
      'Shropshire. A slow-burning bestseller that soldiers carried into the trenches.',
  },
  {
    id: 'idylls-of-the-king',
    title: 'Idylls of the King',
    author: 'Alfred, Lord Tennyson',
    publishedYear: 1859,
    genre: 'poetry',
    priceCents: 899,
    stock: 5,
    featured: false,
    description:
      'Tennyson retells the rise and fall of Camelot in a cycle of blank-verse poems, from the coming of Arthur to ' +
      'the betrayal of Guinevere and the passing of the king. Stately and melancholy.',
  },
  {
    id: 'the-prophet',
    title: 'The Prophet',
    author: 'Kahlil Gibran',
    publishedYear: 1923,
    genre: 'poetry',
    priceCents: 599,
    stock: 40,
    featured: false,
    description:
      'Before sailing home, the prophet Almustafa is asked by the people of Orphalese to speak of love, marriage, ' +
      'work, joy, sorrow and death. Twenty-six prose poems of gentle, quotable wisdom.',
  },
  {
    id: 'rubaiyat-of-omar-khayyam',
    title: 'Rubáiyát of Omar Khayyám',
    author: 'Edward FitzGerald',
    publishedYear: 1859,
    genre: 'poetry',
    priceCents: 550,
    stock: 12,
    featured: false,
    description:
      "FitzGerald's free English rendering of quatrains attributed to the Persian astronomer-poet: a jug of wine, a" +
      ' loaf of bread and a meditation on the brevity of life. An unlikely Victorian sensation.',
  },
  {
    id: 'goblin-market-and-other-poems',
    title: 'Goblin Market and Other Poems',
    author: 'Christina Rossetti',
    publishedYear: 1862,
    genre: 'poetry',
    priceCents: 650,
    stock: 7,
    featured: false,
    description:
      "The title poem tells of two sisters tempted by the luscious fruit of goblin merchants, and of one sister's " +
      "brave rescue of the other. Rossetti's first collection, rich in sound and colour.",
  },
  {
    id: 'eugene-onegin',
    title: 'Eugene Onegin',
    author: 'Alexander Pushkin',
    publishedYear: 1833,
    genre: 'poetry',
    priceCents: 950,
    stock: 10,
    featured: false,
    description:
      'A bored St Petersburg dandy rebuffs the heartfelt letter of young Tatyana, kills his friend in a duel and ' +
      "realises too late what he has lost. Pushkin's novel in verse, quick, tender and ironic.",
  },
  {
    id: 'spoon-river-anthology',
    title: 'Spoon River Anthology',
    author: 'Edgar Lee Masters',
    publishedYear: 1915,
    genre: 'poetry',
    priceCents: 699,
    stock: 7,
    featured: false,
    description:
      'The dead of a small Illinois town speak their own epitaphs, revealing the secrets, grudges and loves they ' +
      'kept in life. Free-verse monologues that startled readers on first appearance.',
  },
  {
    id: 'duino-elegies',
    title: 'Duino Elegies',
    author: 'Rainer Maria Rilke',
    publishedYear: 1923,
    genre: 'poetry',
    priceCents: 750,
    stock: 4,
    featured: false,
    description:
      'Ten elegies begun at a castle on the Adriatic and finished a decade later, asking what it means to be human,' +
      " poised between angels and animals. Rilke's most ambitious and searching work.",
  },

  // -------------------------------------------------------------- philosophy
  {
    id: 'thus-spoke-zarathustra',
    title: 'Thus Spoke Zarathustra',
    author: 'Friedrich Nietzsche',
    publishedYear: 1883,
    genre: 'philosophy',
    priceCents: 1099,
    stock: 21,
    featured: true,
    description:
      'The prophet Zarathustra comes down from his mountain solitude to teach the overman and the eternal ' +
      "recurrence. Nietzsche's poetic, parable-filled masterpiece, written in four parts.",
  },
  {
    id: 'beyond-good-and-evil',
    title: 'Beyond Good and Evil',
    author: 'Friedrich Nietzsche',
    publishedYear: 1886,
    genre: 'philosophy',
    priceCents: 899,
    stock: 12,
    featured: false,
    description:
      'Nietzsche takes aim at the prejudices of philosophers, the natural history of morals and the herd instinct, ' +
      'in sharp aphorisms that call for free spirits willing to create their own values.',
  },
  {
    id: 'meditations-on-first-philosophy',
    title: 'Meditations on First Philosophy',
    author: 'René Descartes',
    publishedYear: 1641,
    genre: 'philosophy',
    priceCents: 650,
    stock: 9,
    featured: false,
    description:
      'Resolving to doubt everything he can, Descartes searches for a foundation of certainty and finds it in the ' +
      'thinking self, then argues for the existence of God and the distinction between mind and body.',
  },
  {
    id: 'discourse-on-the-method',
    title: 'Discourse on the Method',
    author: 'René Descartes',
    publishedYear: 1637,
    genre: 'philosophy',
    priceCents: 499,
    stock: 14,
    featured: false,
    description:
      'Part autobiography, part manifesto: Descartes sets out four rules for reasoning well and reaches his famous ' +
      'conclusion, I think, therefore I am. A short, readable gateway to modern philosophy.',
  },
  {
    id: 'leviathan',
    title: 'Leviathan',
    author: 'Thomas Hobbes',
    publishedYear: 1651,
    genre: 'philosophy',
    priceCents: 1199,
    stock: 5,
    featured: false,
    description:
      'Written in the shadow of the English Civil War, Leviathan argues that life without government would be ' +
      'nasty, brutish and short, and that people must yield power to a sovereign to secure peace.',
  },
  {
    id: 'the-prince',
    title: 'The Prince',
    author: 'Niccolò Machiavelli',
    publishedYear: 1532,
    genre: 'philosophy',
    priceCents: 499,
    stock: 47,
    featured: false,
    description:
      'Dedicated to a Medici, this short handbook advises a new ruler how to seize and keep power, whether it is ' +
      'better to be loved or feared, and when virtue must give way to necessity.',
  },
  {
    id: 'utopia',
    title: 'Utopia',
    author: 'Thomas More',
    publishedYear: 1516,
    genre: 'philosophy',
    priceCents: 599,
    stock: 13,
    featured: false,
    description:
      'The traveller Raphael Hythloday describes an island where property is held in common, gold is used for ' +
      "chamber pots and everyone works six hours a day. More's playful critique of his own England.",
  },
  {
    id: 'walden',
    title: 'Walden',
    author: 'Henry David Thoreau',
    publishedYear: 1854,
    genre: 'philosophy',
    priceCents: 799,
    stock: 25,
    featured: false,
    description:
      "Thoreau's account of the two years he spent in a cabin he built beside Walden Pond, living simply and " +
      'observing the seasons, the wildlife and his neighbours. A manifesto for a deliberate life.',
  },
  {
    id: 'on-liberty',
    title: 'On Liberty',
    author: 'John Stuart Mill',
    publishedYear: 1859,
    genre: 'philosophy',
    priceCents: 599,
    stock: 15,
    featured: false,
    description:
      'Mill argues that the only legitimate reason to wield power over someone against their will is to prevent ' +
      'harm to others, and defends free speech and individuality against the tyranny of the majority.',
  },
  {
    id: 'critique-of-pure-reason',
    title: 'Critique of Pure Reason',
    author: 'Immanuel Kant',
    publishedYear: 1781,
    genre: 'philosophy',
    priceCents: 1699,
    stock: 3,
    featured: false,
    description:
      'Kant asks what we can know independently of experience, and answers that the mind itself supplies the forms ' +
      'of space, time and causality. Demanding and revolutionary, it changed philosophy for good.',
  },
  {
    id: 'the-social-contract',
    title: 'The Social Contract',
    author: 'Jean-Jacques Rousseau',
    publishedYear: 1762,
    genre: 'philosophy',
    priceCents: 650,
    stock: 10,
    featured: false,
    description:
      'Man is born free, and everywhere he is in chains. Rousseau asks how a legitimate political order can arise, ' +
      'and finds the answer in the general will of a people who make their own laws.',
  },
  {
    id: 'candide',
    title: 'Candide',
    author: 'Voltaire',
    publishedYear: 1759,
    genre: 'philosophy',
    priceCents: 499,
    stock: 29,
    featured: false,
    description:
      "Naive Candide is expelled from a baron's castle and hurled across a world of war, earthquake, slavery and " +
      "shipwreck, clinging to his tutor's belief that all is for the best. Voltaire's savage comic tale.",
  },
  {
    id: 'fear-and-trembling',
    title: 'Fear and Trembling',
    author: 'Søren Kierkegaard',
    publishedYear: 1843,
    genre: 'philosophy',
    priceCents: 699,
    stock: 7,
    featured: false,
    description:
      "Writing as Johannes de silentio, Kierkegaard circles again and again around Abraham's readiness to sacrifice" +
      ' Isaac, asking whether faith can ever stand above ethics. Lyrical and unsettling.',
  },
  {
    id: 'pensees',
    title: 'Pensées',
    author: 'Blaise Pascal',
    publishedYear: 1670,
    genre: 'philosophy',
    priceCents: 850,
    stock: 0,
    featured: false,
    description:
      "Fragments of an unfinished defence of Christianity, published after Pascal's death: reflections on human " +
      'misery and grandeur, the thinking reed and the famous wager on God.',
  },
  {
    id: 'tractatus-logico-philosophicus',
    title: 'Tractatus Logico-Philosophicus',
    author: 'Ludwig Wittgenstein',
    publishedYear: 1921,
    genre: 'philosophy',
    priceCents: 1050,
    stock: 6,
    featured: false,
    description:
      'In numbered propositions of austere precision, Wittgenstein maps the limits of language and the world, ' +
      'ending with a famous instruction: whereof one cannot speak, thereof one must be silent.',
  },
  {
    id: 'pragmatism',
    title: 'Pragmatism',
    author: 'William James',
    publishedYear: 1907,
    genre: 'philosophy',
    priceCents: 750,
    stock: 6,
    featured: false,
    description:
      'Lectures in which William James argues that the meaning and truth of ideas lie in their practical ' +
      "consequences. A lively, conversational introduction to America's most distinctive philosophy.",
  },
  {
    id: 'essays-montaigne',
    title: 'Essays',
    author: 'Michel de Montaigne',
    publishedYear: 1580,
    genre: 'philosophy',
    priceCents: 1499,
    stock: 11,
    featured: false,
    description:
      'Montaigne invented the essay to test his own judgement on everything from cannibals and thumbs to ' +
      'friendship, cruelty and death. Candid, wandering and endlessly companionable.',
  },

  // ---------------------------------------------------------------- children
  {
    id: 'alices-adventures-in-wonderland',
    title: "Alice's Adventures in Wonderland",
    author: 'Lewis Carroll',
    publishedYear: 1865,
    genre: 'children',
    priceCents: 799,
    stock: 50,
    featured: true,
    description:
      'Alice follows a White Rabbit down a hole into a world of shrinking potions, a grinning Cheshire Cat, a mad ' +
      'tea party and a queen forever shouting for heads. Nonsense at its most delightful.',
  },
  {
    id: 'through-the-looking-glass',
    title: 'Through the Looking-Glass',
    author: 'Lewis Carroll',
    publishedYear: 1871,
    genre: 'children',
    priceCents: 799,
    stock: 20,
    featured: false,
    description:
      'Alice climbs through the mirror over the mantelpiece into a land laid out like a chessboard, meeting ' +
      'Tweedledum and Tweedledee, Humpty Dumpty and the White Knight on her way to becoming a queen.',
  },
  {
    id: 'the-wonderful-wizard-of-oz',
    title: 'The Wonderful Wizard of Oz',
    author: 'L. Frank Baum',
    publishedYear: 1900,
    genre: 'children',
    priceCents: 899,
    stock: 33,
    featured: false,
    description:
      'A cyclone carries Dorothy and her dog Toto from Kansas to the Land of Oz, where, with a Scarecrow, a Tin ' +
      'Woodman and a Cowardly Lion, she follows the yellow brick road to the Emerald City.',
  },
  {
    id: 'peter-and-wendy',
    title: 'Peter and Wendy',
    author: 'J. M. Barrie',
    publishedYear: 1911,
    genre: 'children',
    priceCents: 750,
    stock: 15,
    featured: false,
    description:
      "Peter Pan, the boy who won't grow up, flies into the Darling nursery and carries Wendy, John and Michael off" +
      ' to Neverland, home of mermaids, lost boys and the villainous Captain Hook.',
  },
  {
    id: 'the-adventures-of-tom-sawyer',
    title: 'The Adventures of Tom Sawyer',
    author: 'Mark Twain',
    publishedYear: 1876,
    genre: 'children',
    priceCents: 699,
    stock: 24,
    featured: false,
    description:
      'Tom Sawyer tricks his friends into whitewashing a fence, attends his own funeral and witnesses a murder in a' +
      " graveyard. Twain's affectionate, mischievous celebration of boyhood on the Mississippi.",
  },
  {
    id: 'little-women',
    title: 'Little Women',
    author: 'Louisa May Alcott',
    publishedYear: 1868,
    genre: 'children',
    priceCents: 999,
    stock: 37,
    featured: false,
    description:
      'With their father away at the Civil War, the four March sisters, Meg, Jo, Beth and Amy, grow up in genteel ' +
      'poverty in Massachusetts, quarrelling, dreaming and looking after one another.',
  },
  {
    id: 'heidi',
    title: 'Heidi',
    author: 'Johanna Spyri',
    publishedYear: 1881,
    genre: 'children',
    priceCents: 699,
    stock: 19,
    featured: false,
    description:
      'Orphaned Heidi is sent to live with her gruff grandfather in the Swiss Alps and blossoms among goats and ' +
      'meadows, until she is taken to Frankfurt as a companion for Clara, a girl who cannot walk.',
  },
  {
    id: 'the-wonderful-adventures-of-nils',
    title: 'The Wonderful Adventures of Nils',
    author: 'Selma Lagerlöf',
    publishedYear: 1906,
    genre: 'children',
    priceCents: 1099,
    stock: 11,
    featured: false,
    description:
      'Mischievous Nils is shrunk to the size of a thumb by an elf and flies across Sweden on the back of a farm ' +
      'goose among a flock of wild geese. Written as a geography reader, it became a beloved classic.',
  },
  {
    id: 'the-jungle-book',
    title: 'The Jungle Book',
    author: 'Rudyard Kipling',
    publishedYear: 1894,
    genre: 'children',
    priceCents: 799,
    stock: 26,
    featured: false,
    description:
      'Mowgli, a boy raised by wolves in the Indian jungle, learns its law from Baloo the bear and Bagheera the ' +
      'panther while the tiger Shere Khan waits. With Rikki-Tikki-Tavi and other tales.',
  },
  {
    id: 'just-so-stories',
    title: 'Just So Stories',
    author: 'Rudyard Kipling',
    publishedYear: 1902,
    genre: 'children',
    priceCents: 650,
    stock: 9,
    featured: false,
    description:
      "How did the leopard get his spots, and the elephant's child his trunk? Kipling's playful, made-up origin " +
      'tales, written to be read aloud, with their own jokes and refrains for small listeners.',
  },
  {
    id: 'the-wind-in-the-willows',
    title: 'The Wind in the Willows',
    author: 'Kenneth Grahame',
    publishedYear: 1908,
    genre: 'children',
    priceCents: 850,
    stock: 30,
    featured: false,
    description:
      'Mole abandons his spring cleaning for the riverbank and finds friendship with Ratty, gruff Badger and the ' +
      'boastful, motor-car-mad Mr Toad. A gentle, lyrical story of English river life.',
  },
  {
    id: 'the-secret-garden',
    title: 'The Secret Garden',
    author: 'Frances Hodgson Burnett',
    publishedYear: 1911,
    genre: 'children',
    priceCents: 799,
    stock: 22,
    featured: false,
    description:
      "Sour, spoiled Mary Lennox is sent from India to her uncle's gloomy Yorkshire manor, where she finds a " +
      'locked, forgotten garden and a hidden cousin, and slowly both of them come back to life.',
  },
  {
    id: 'black-beauty',
    title: 'Black Beauty',
    author: 'Anna Sewell',
    publishedYear: 1877,
    genre: 'children',
    priceCents: 599,
    stock: 14,
    featured: false,
    description:
      'A handsome black horse tells his own life story, from a happy English meadow to the hard streets of London ' +
      'as a cab horse. Written to encourage kindness to animals, and still deeply moving.',
  },
  {
    id: 'anne-of-green-gables',
    title: 'Anne of Green Gables',
    author: 'L. M. Montgomery',
    publishedYear: 1908,
    genre: 'children',
    priceCents: 899,
    stock: 2,
    featured: false,
    description:
      'The Cuthbert siblings ask for an orphan boy to help on their Prince Edward Island farm and get instead Anne ' +
      'Shirley, a red-haired, talkative girl with a boundless imagination.',
  },
  {
    id: 'the-adventures-of-pinocchio',
    title: 'The Adventures of Pinocchio',
    author: 'Carlo Collodi',
    publishedYear: 1883,
    genre: 'children',
    priceCents: 699,
    stock: 8,
    featured: false,
    description:
      'A wooden puppet carved by poor old Geppetto comes to life and lurches from one misadventure to the next, ' +
      'lying, running away and learning the hard way how to become a real boy.',
  },
  {
    id: 'the-velveteen-rabbit',
    title: 'The Velveteen Rabbit',
    author: 'Margery Williams',
    publishedYear: 1922,
    genre: 'children',
    priceCents: 450,
    stock: 1,
    featured: false,
    description:
      'A stuffed rabbit given to a boy at Christmas learns from the wise old Skin Horse that toys become Real when ' +
      'they are truly loved. A short, tender tale about love and loss.',
  },
  {
    id: 'the-story-of-doctor-dolittle',
    title: 'The Story of Doctor Dolittle',
    author: 'Hugh Lofting',
    publishedYear: 1920,
    genre: 'children',
    priceCents: 650,
    stock: 10,
    featured: false,
    description:
      'A kindly country doctor learns to talk to animals with the help of his parrot Polynesia and sails to Africa ' +
      "to cure a terrible sickness among the monkeys. The first of Lofting's gentle, comic adventures.",
  },
  {
    id: 'the-tale-of-peter-rabbit',
    title: 'The Tale of Peter Rabbit',
    author: 'Beatrix Potter',
    publishedYear: 1902,
    genre: 'children',
    priceCents: 399,
    stock: 41,
    featured: false,
    description:
      "Disobeying his mother, naughty Peter squeezes under the gate into Mr. McGregor's garden, eats far too many " +
      'vegetables and has to run for his life. A tiny classic for the very young.',
  },
];
