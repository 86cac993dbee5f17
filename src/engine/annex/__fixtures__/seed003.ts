/**
 * Seed 003 (Norrköping, vård- och omsorgskontoret, verksamhetsplan 2024): annexes Bilaga 1–6 as
 * extracted (tab-separated lines, blank cells where merged, page footers and repeated headers kept).
 * Test material only.
 */

export const BILAGA1 = `
Bilaga 1 Budget 2024 uppdrag särskilt boende

Ansvar		Utan inriktning	Demens	Korttid	Special	Total Platser	Total Budget
294090	Parboende Dubbletter						5 000 000
294060	säbo Lokalhyror						157 961 694
294101	Ribbingsholmsv 3 B	20	6			26	15 356 473
294103	Bryggaregatan 6:1		26			26	16 764 965
294105	Sågvägen 10	56	7			63	35 484 001
294107	Nils Åbergs gata 2	33	33			66	38 552 009
294109	Kalkstensgatan 5	54				54	30 092 660
294111	Bygdevägen 15	36	24			60	35 394 078
294113	Trumpetaregatan 2	26	20		6	52	31 283 442
294115	Silverringen 56	24	15	5		44	25 577 022
294117	Lindövägen 102	22	22			44	25 701 339
294119	Plåtslagaregatan 8:1	51	9			60	33 919 586
294503	Sandbyhovsgatan 4	20	40			60	35 584 278
294507	Kolonigatan	40	20			60	35 179 279
294510	Generalsgatan 9:1	28	23			51	29 655 939
294512	S:t Persgatan 134:2		54			54	32 992 445
294513	S:t Persgatan 134:3	35		1		36	20 112 089
294518	Katrineholmsvägen 5	20	40			60	35 584 278
294517	Jurslavägen 31	10	20			30	18 337 355
294520	Kolonigatan_2	20	20		20	60	38 949 216
294521	Värmlandsgatan 16	49				49	27 306 303
294523	Valhallavägen 1	14	27			41	24 298 023
294529	G:a Övägen 27:2			64		64	38 885 608
TOTAL BUDGET SÄRSKILT BOENDE		558	406	70	26	1 060	787 972 084
`;

export const BILAGA2 = `
Bilaga 2 Budget 2024 uppdrag ordinärt boende

Chefer	Total budget 2024
BITR ENHETSCHEFER	4 748 682
TOTALT BITR CHEFER	4 748 682
Hemtjänst ej LOV	Total budget 2024
Larmteam	2 827 438
Hemtjänst natt	36 942 524
Larmteamet	21 236 051
TOTALT HEMTJÄNST EJ LOV	61 006 014
Inskriften dagverksamhet	Total budget 2024
TOTALT INSKRIVEN DAGVERKSAMHET	10 685 290
ORDINÄRT BOENDE 2024	76 439 986
ORDBO Lokaler	3 530 889
Gemensam chefsstöd	2 946 000
TOTAL BUDGET ORDINÄRT BOENDE 2024	82 916 875
Hemtjänst LOV	418 993 000
TOTAL BUDGET Hemtjänst LOV 2024	418 993 000
`;

export const BILAGA3 = `
Bilaga 3 Budget 2024 uppdrag verksamhet för personer med funktionsnedsättning

Ansvar	Servicebostäder	Budget uppdrag tkr	Antal platser
298101	Ljuragatan 147-149	5 245 914	12
298102	Guldringen 77-83	4 806 705	7
298105	Generalsgatan 41	5 210 452	9
298106	Bredgatan 18	6 149 458	12
298107	Slottsgatan 122	4 805 192	11
298109	Skepparegatan 26	4 620 344	15
298111	Trädgårdsgatan 8 B	5 778 680	12
298112	Lidaleden 47	5 971 888	8
298113	Guldringen 69	5 331 480	11
298114	Ljuragatan 13-15	7 319 964	11
298115	Ljuragatan 17-19	4 599 042	13
298116	Luntgatan 51	5 840 249	18
298117	Vilbergsgatan 229	7 143 146	26
298118	Leonardsbergsvägen 10	7 883 890	15
298120	Gustaf Janzéns gata 13	9 429 205	21
298121	Stafettgatan 8	8 905 340	18
	Summa	99 040 950	219

Ansvar	Gruppbostäder	Budget uppdrag tkr	Antal platser
298119	Larumsvägen 6	6 335 581	10
298201	Dalviksgatan 71 E	3 125 963	4
298202	Dalviksgatan 71 G	5 496 387	5
298203	Dalviksgatan 71 D	6 379 701	5
298204	Trädgårdsgatan 30:1	5 157 341	12
298205	Trädgårdsgatan 30:2	6 500 375	10
298206	Orrekullavägen	10 533 455	16

Vård- och omsorgskontoret

Ansvar	Gruppbostäder	Budget uppdrag tkr	Antal platser
298207	Eknäsgatan 44	6 538 539	6
298208	Hagebygatan 184	3 593 877	6
298209	Yrvädersgatan 8	5 182 647	6
298210	Åselstadsvägen 94	5 584 215	5
298211	Vilberggatan 110	7 021 326	5
298212	Dragsgatan 11 B	3 717 664	8
298213	Ljuragan 12:1	4 897 495	5
298215	Dragsgatan 9 A	3 074 490	7
298217	Skärlundagan 8:1	4 251 567	6
298218	Egna Hemsgatan 13	4 836 182	6
298219	Dagsbergsvägen	3 765 537	6
298220	Ladugatan 11-13	5 104 113	5
298221	Krusenhofsvägen 29	4 990 952	6
298222	Albert Engströmgata	6 172 147	6
298223	Tvärstigen 3	6 233 290	5
298224	Pryssgårdsvägen 60	4 816 240	5
298225	Sandbergsgatan 8	5 917 791	7
298228	Lövstagatan 5	6 487 589	5
298229	Yrvädersgatan 14	8 536 086	6
298230	Lanhagsgatan 27	7 164 370	5
298231	G. Lasarettsgatan 25	6 143 082	5
298232	Gymnastikgatan 8	4 856 387	5
298233	Herrebrogatan 36	4 339 478	4
298234	Klingsbergsgatan 30	7 341 548	6
298235	Fältskärsgatan 9	6 562 784	7
298236	Kungsgatan 26	3 575 636	5
298237	Kantarellgatan 2	6 690 840	5
298239	Vårfruvägen 3	7 529 925	5

Vård- och omsorgskontoret

Ansvar	Gruppbostäder	Budget uppdrag tkr	Antal platser
298240	Bryggaregatan 6 2	7 161 581	9
298241	Bryggaregatan 6 3	8 371 090	14
298242	Tulegatan18	7 560 778	6
298243	Fiskebyvägen 10	7 672 968	5
298244	Vägstumpen 1	7 104 162	5
298245	Pampusvägen 72	6 233 290	5
298246	Havregatan 12 A	6 371 861	6
298250	Dalviksgatan 71 H	6 900 911	5
298251	Åselstadsvägen 96:1	5 786 532	6
298252	Åselstadsvägen 96:2	4 811 053	6
298253	Hallbergagatan 2:1	5 587 362	6
298254	Hallbergagatan 2:2	4 513 341	6
298255	Leonardsbergsvägen 16	4 636 213	6
298256	Fiskebyvägen 10 B	7 875 285	6
298257	Pimpstensgatan 4:1	7 620 985	6
298258	Pimpstensgatan 4:2	6 832 949	6
298259	Örtugsgatan 23 B	5 364 458	3
298260	Örtugsgatan 23 C	6 741 889	5
298261	Havregatan 12 B	5 055 582	6
298262	Stensvängen 2:1	5 312 117	6
298263	Stensvängen 2:2	6 975 992	6
298264	Skärlundagatan 8:2	3 323 684	6
298265	Ljuragatan 12:2	3 764 099	4
298268	Eknäsgatan 44:2	5 895 855	6
298269	Hallbergagatan 4 A	4 654 070	4
298270	Hallbergagatan 4 B	5 399 919	6
298271	Sågvägen 10 B	5 730 405	6
298272	Karl Wards gata 56	5 050 436	5

Vård- och omsorgskontoret

Ansvar	Gruppbestäder	Budget uppdrag tkr	Antal platser
298273	Albrektsvägen 112 C	5 118 135	5
298506	Ånestadsgatan 156	6 230 411	3
	Summa	378 112 009	394

Ansvar	Daglig verksamhet	Budget uppdrag tkr	Antal platser
298801	Aktivitetscenter Asken	1 505 828	
298802	DV Jursla	3 823 028	8
298804	DV Berga	3 119 833	8
298805	DV Kolmården	4 432 374	18
298806	Estetverksta'n	3 251 724	21
298807	Unika ting/Textiltorget	1 637 040	12
298809	Spångens snickeri	1 825 845	19
298810	Ce-tapp	1 112 143	12
298811	Norrköpings pallkragar	451 213	6
298812	Komvak	2 073 596	15
298813	Bilvården	648 944	6
298814	Presentlådan	832 517	8
298815	Persgården	3 329 270	19
298816	Hunddagis	1 149 413	10
298818	Lyan	2 809 635	14
298819	Mediaverksta'n	1 774 263	8
298820	DV Thapperska	10 887 626	18
298821	Servicegruppen Thapperska	1 475 719	8
298822	Poliscaféet	430 759	5
298823	Café Nyrost	1 466 393	5
298825	Café Thapperska	1 815 708	8
298826	Café Skeppet	1 249 307	7
298827	Café Källarn	873 362	5

Vård- och omsorgskontoret

Ansvar	Daglig verksamhet	Budget uppdrag tkr	Antal platser
298828	Ettan loppisbutik	998 767	6
298829	Nyckeln	2 251 830	12
298830	Aktema	5 932 132	
298832	Café Kärnan	1 108 062	4
298833	Packman	2 900 340	14
298834	Studio 59	2 414 044	12
298835	dv Lentorpsgatan 19	3 147 252	5
298836	dv Leonardsberg	1 794 664	15
298837	dv Lentorpsgatan 21	1 584 777	6
298838	dv Parken	2 592 620	
Summa		76 700 026	314

Ansvar	Korttidsplatser	Budget uppdrag tkr	Antal platser
298501	Storhögsgatan 38	6 640 002	
298502	Lindövägen 100	5 450 772	
298503	Katterumsvägen 29	5 364 501	
298507	Hjalmar Lundgrens 68-80	11 850 633	
298509	Frans Bloms gata 71	5 435 998	
298511	St: Persgatan 139 C	4 419 985	
298512	Hjalmar Lundgrens 68-80	5 439 216	
Summa		44 601 107	

Ansvar	Boendestöd	Budget uppdrag tkr	Antal platser
298601	Boendestöd 1	13 901 695	
298602	Boendestöd 2	13 901 695	
298603	Boendestöd 3	13 901 695	
298604	Boendestöd team 14	13 901 695	
Summa		55 606 781	

Vård- och omsorgskontoret

Ansvar	Pers.ass.	Budget uppdrag tkr	Antal platser
298701	Pers. ass. Team 1	9 216 714	
298702	Pers. ass. Team 2	9 216 714	
298703	Pers. ass. Team 3	9 216 714	
298704	Pers. ass. Team 4	9 216 714	
298705	Pers. ass. Team 5	9 216 714	
	Summa	46 083 571	

Ansvar	Övrigt	Budget uppdrag tkr	Antal platser
298050	Serviceassistenten	424 637	
298905	Fritidsvht, ej beslut	141 367	
298906	Fritidsvht, beslut	3 676 945	
298907	Ledsagning/avlösarserv.	11 077 656	
298909	Heminstruktörer	857 994	
	Summa	16 178 601	
298260	Lokaler vpf	108 303 404	
	Rehab och chefsstöd	5 310 906	
298080	Utökning IT-kostnader	1 301 480	
	TOTAL	831 238 835	
`;

export const BILAGA4 = `
Bilaga 4 Budget 2024 uppdrag hälso- och sjukvård

HS Säbo		Antal platser	Total Budget
297401	HS Säbo 1	301	23 139 625
297402	HS Säbo 2	260	19 966 409
297403	HS Säbo 3	227	20 248 311
297405	HS Säbo 5	272	20 328 055
297406	HS kväll och natt SÄBO		17 067 556
TOTAL HS säbo		1060	100 749 956
HS ORDBO		Antal besök	
297601	HS norr	24 993	20 368 024
297602	HS söder	34 333	27 072 621
297603	HS kväll och natt		4 264 215
297604	HS rehab	4 646	13 584 026
297606	HS Hemgångsteamet		18 312 406
297607	HS Visningsmiljö		1 511 018
TOTAL HS Ordbo		63 972	85 112 310
HS VPF		Antal platser	
297801	HS VPF	919	20 348 089
297802	HS Psykiatri		4 437 061
297803	HS kväll och natt VPF		2 967 439
297804	HS VPF 1		8 298 130
TOTAL HS vpf		919	36 050 719
HS Övrigt		Antal platser	
297060	HS Hyror		8 045 000
TOTAL HS Övriga		0	8 045 000
TOTAL BUDGET HS			229 957 985
`;

export const BILAGA5 = `
Bilaga 5 Budget 2024 myndighetsutövningen

Ansvar		Verksamhet	Antal ärende	Årsarbetare	Total Budget
	SoL över 65	586	4340	30,56	20 736 444
	Sol under 65	587	854	12,03	8 424 369
	LSS	587	1473	20,75	14 605 709
	Debitering	589		3,00	1 938 916
	Lokaler				4 855 262
TOTAL BUDGET MYNDIGHET			6667	66,34	50 560 700
`;

export const BILAGA6 = `
Bilaga 6 Budget 2024 öppen och förebyggande verksamhet

Träffpunkter	Total budget 2024
TOTALT TRÄFFPUNKTER	11 269 439
Övrig verksamhet	Total budget 2024
Fixarmaltar	1 062 100
Aktivitetslokal Lindgatan 1	387 300
Aktivitetslokal Egnahemsgatan	387 300
Aktivitetslokal Odalgatan	1 000 000
TOTALT ÖVRIG VERKSAMHET	2 836 700
Lokaler Träffpunkter och övrig verksamhet	6 690 111
TOTALT Träffpunkter och övrig verksamhet	20 796 250
Anhörig- o kunskapscenter	Total budget 2024
Anhörig- o kunskapscenter	6 761 530
Personligt Ombud	1 546 103
Lokaler	871 776
TOTALT Anhörig- o kunskapscentrum	9 179 409
TOTAL BUDGET ÖPPEN OCH FÖREBYGGANDE VERKSAMHET	29 975 659
`;
