#include "render/SyntaxRepository.h"

#include <KSyntaxHighlighting/Repository>

namespace debrief {

KSyntaxHighlighting::Repository &SyntaxRepository::instance()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

} // namespace debrief
