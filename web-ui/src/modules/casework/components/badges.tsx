import { Badge } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../api';

const GRADE_COLORS: Record<number, string> = { 1: 'secondary', 2: 'primary', 3: 'warning', 4: 'danger' };

/** The grade in words, never by colour alone (WCAG 1.4.1). */
export function GradeBadge({ grade }: { grade: number | null | undefined }) {
  const { t } = useTranslation('casework');
  if (!grade) return <span className="text-muted">{t('grade.none')}</span>;
  return (
    <Badge color={GRADE_COLORS[grade] ?? 'secondary'} className={grade === 3 ? 'text-dark' : undefined}>
      {t(`grade.${grade}`)}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation('casework');
  return <span className={`casa-status casa-status-${status.toLowerCase()}`}>{t(`status.${status}`)}</span>;
}
