#include "language.h"

#include <doctest/doctest.h>

#include <string>

#include "tokenizer.h"

namespace annotator {
namespace {

bool IsOtherLanguageText(const std::string& text) {
  Document doc;
  doc.text = text;
  Tokenize(text, &doc.tokens);
  return IsOtherLanguage(doc);
}

TEST_CASE("IsOtherLanguage tells German, Portuguese and Indonesian articles from English ones") {
  CHECK(IsOtherLanguageText(
      "Die Stadt hat am Montag einen neuen Plan vorgestellt. Der Bürgermeister sagte, dass die Kosten "
      "für die Patienten nicht steigen werden. Auch die Kliniken in der Region sollen von dem Programm "
      "profitieren, das mit einer Förderung des Landes finanziert wird."));
  CHECK(IsOtherLanguageText(
      "O governo anunciou na segunda-feira um novo plano para a saúde. Segundo o ministro, os hospitais "
      "da região vão receber mais recursos, e a medida também inclui a contratação de médicos para as "
      "cidades do interior, que não tinham atendimento."));
  CHECK(IsOtherLanguageText(
      "Pemerintah kota mengumumkan rencana baru untuk membangun jembatan yang menghubungkan dua wilayah. "
      "Menurut wali kota, proyek ini akan selesai dalam dua tahun dan tidak akan menaikkan pajak warga "
      "yang tinggal di daerah itu."));
  CHECK(IsOtherLanguageText(
      "Популярные диеты для мужчин и женщин. Кремлевская диета позволяет снизить вес без строгих "
      "ограничений, но требует контроля углеводов. Средняя суточная норма составляет около сорока граммов, "
      "и превышение приведет к набору веса, поэтому врачи советуют следить за рационом каждый день."));
  // A page of menus and headings, with hardly a function word: its accented words tell.
  CHECK(IsOtherLanguageText(
      "Acesso à Informação\nProtocolo\nOuvidoria\nConselhos Municipais\nGaleria dos Prefeitos\nHistória da "
      "Cidade\nMapas e Fotos Aéreas\nSímbolos da Cidade\nÓrgãos Municipais\nDiário Oficial\nAssistência "
      "Social e Habitação\nEducação\nOrçamento\nAlteração Orçamentária\nAudiências\nTributos e Fiscalização\n"
      "Legislação\nComunicações\nApresentação\nReclamações Fundamentadas\nSaúde\nUrbanismo"));
  CHECK_FALSE(IsOtherLanguageText(
      "The city council approved a new plan on Monday to build a bridge over the river. The mayor said "
      "that the costs would not rise, and that work would begin in March after the last permits had "
      "been granted by the state."));
}

TEST_CASE("IsOtherLanguage keeps English with foreign names and places, and short texts") {
  CHECK_FALSE(IsOtherLanguageText(
      "Los Angeles Mayor Karen Bass met Juan de la Cruz and Maria da Silva of the Banco do Brasil on "
      "Tuesday. The three said they would work with the Instituto de Salud Carlos III, which has "
      "offices in Madrid and Las Vegas, on a study of the city's water."));
  // Accented names in English prose: "São Paulo", "João Doria", "Citroën".
  CHECK_FALSE(IsOtherLanguageText(
      "São Paulo Governor João Doria met executives of Citroën and Nestlé on Tuesday. The governor said that "
      "the state would not raise taxes, and that the factories in Ribeirão Preto and São José dos Campos "
      "would reopen after the holiday, when the workers' union had agreed to the plan."));
  // A line in Russian inside an English article.
  CHECK_FALSE(IsOtherLanguageText(
      "The advert, which ran in several Moscow papers last week, read: Популярные диеты для мужчин. The "
      "agency that placed it said that it had been approved by the ministry and that it would run again "
      "in the spring, after the elections."));
  // Under 30 words a text is too short to tell: a German headline stays English.
  CHECK_FALSE(IsOtherLanguageText("Die Stadt und der Plan für die Brücke"));
  CHECK_FALSE(IsOtherLanguageText(""));
}

}  // namespace
}  // namespace annotator
