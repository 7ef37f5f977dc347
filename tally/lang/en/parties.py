"""English names of the parties to the Syrian conflict, mapped to keys of tally/vocab/parties.toml.

Phrases are lower case. Users add names through their own vocabulary file (docs/vocabularies.md).
"""

PARTIES: dict[str, str] = {
    "isis": "isis", "isil": "isis", "daesh": "isis", "daish": "isis",
    "islamic state": "isis", "the islamic state": "isis", "is cells": "isis", "is members": "isis",
    "sdf": "sdf", "qsd": "sdf", "syrian democratic forces": "sdf", "asayish": "sdf",
    "asayish forces": "sdf", "ypg": "sdf", "ypj": "sdf", "pyd": "sdf", "pkk": "sdf",
    "counter-terrorism forces": "sdf", "counterterrorism forces": "sdf",
    "prison guards": "sdf",
    "regime": "regime", "regime forces": "regime", "regime soldiers": "regime",
    "syrian army": "regime", "syrian arab army": "regime", "government forces": "regime",
    "syrian government forces": "regime", "ndf": "regime", "national defence forces": "regime",
    "national defense forces": "regime", "pro-regime": "regime", "regime militias": "regime",
    "fourth division": "regime", "4th division": "regime", "air force intelligence": "regime",
    "hezbollah": "hezbollah", "hizbollah": "hezbollah", "hizballah": "hezbollah",
    "lebanese hezbollah": "hezbollah",
    "iranian-backed militias": "iran_backed", "pro-iran militias": "iran_backed",
    "iranian militias": "iran_backed", "iran-backed militias": "iran_backed",
    "irgc": "iran_backed", "revolutionary guard": "iran_backed", "fatemiyoun": "iran_backed",
    "zainabiyoun": "iran_backed", "pro-iranian militias": "iran_backed",
    "russian forces": "russia", "russian": "russia", "russian warplanes": "russia",
    "russian army": "russia", "russian military police": "russia", "wagner": "russia",
    "turkish forces": "turkey", "turkish army": "turkey", "turkish soldiers": "turkey",
    "turkish": "turkey", "turkish warplanes": "turkey", "turkish drone": "turkey",
    "turkish-backed factions": "turkish_backed", "turkish-backed": "turkish_backed",
    "sna": "turkish_backed", "syrian national army": "turkish_backed",
    "national army": "turkish_backed", "turkey-backed factions": "turkish_backed",
    "hts": "hts", "hayat tahrir al-sham": "hts", "hayat tahrir al sham": "hts",
    "tahrir al-sham": "hts", "nusra": "hts", "al-nusra": "hts", "jabhat al-nusra": "hts",
    "opposition": "opposition", "rebels": "opposition", "opposition factions": "opposition",
    "opposition rebels": "opposition", "rebel factions": "opposition", "fsa": "opposition",
    "free syrian army": "opposition", "factions": "opposition", "jihadist factions": "opposition",
    "nlf": "opposition", "national liberation front": "opposition",
    "coalition": "coalition", "international coalition": "coalition", "us-led coalition": "coalition",
    "u.s.-led coalition": "coalition", "us forces": "coalition", "american forces": "coalition",
    "us-led international coalition": "coalition", "coalition forces": "coalition",
    "israeli": "israel", "israeli forces": "israel", "israeli warplanes": "israel",
    "israel": "israel", "idf": "israel", "israeli army": "israel",
    "unidentified gunmen": "unknown", "unknown gunmen": "unknown",
    "unidentified armed group": "unknown", "unknown armed group": "unknown",
    "unidentified assailants": "unknown", "unknown assailants": "unknown",
}

#: Names that are party names only in capitals ("IS", not "is"); matched case-sensitively.
CASED_PARTIES: dict[str, str] = {"IS": "isis", "HAT": "sdf", "SNA": "turkish_backed", "IS cells": "isis"}
