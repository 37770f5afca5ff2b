import { Link } from '../app/router.js';
import { Tag } from './display.js';

export type TaskStatus = 'completed' | 'in-progress' | 'not-started' | 'cannot-start';

/** One task: what it is called, where it goes and how far it has got. */
export interface Task {
  id: string;
  title: string;
  href: string;
  status: TaskStatus;
  hint?: string;
}

const statusText: Record<TaskStatus, string> = {
  completed: 'Completed',
  'in-progress': 'In progress',
  'not-started': 'Not yet started',
  'cannot-start': 'Cannot start yet',
};

function TaskStatusView({ id, status }: { id: string; status: TaskStatus }) {
  if (status === 'completed') return <span id={id}>{statusText.completed}</span>;
  if (status === 'cannot-start')
    return (
      <span id={id} className="govuk-task-list__status--cannot-start-yet">
        {statusText[status]}
      </span>
    );
  return (
    <span id={id}>
      <Tag colour={status === 'in-progress' ? 'light-blue' : 'blue'}>{statusText[status]}</Tag>
    </span>
  );
}

/** The GOV.UK task list, for a long pathway. */
export function TaskList({ tasks }: { tasks: Task[] }) {
  return (
    <ul className="govuk-task-list">
      {tasks.map((task) => {
        const statusId = `task-${task.id}-status`;
        const hintId = `task-${task.id}-hint`;
        const link = task.status !== 'cannot-start';
        return (
          <li key={task.id} className={`govuk-task-list__item${link ? ' govuk-task-list__item--with-link' : ''}`}>
            <div className="govuk-task-list__name-and-hint">
              {link ? (
                <Link
                  className="govuk-link govuk-task-list__link"
                  href={task.href}
                  aria-describedby={task.hint ? `${hintId} ${statusId}` : statusId}
                >
                  {task.title}
                </Link>
              ) : (
                <div>{task.title}</div>
              )}
              {task.hint ? (
                <div id={hintId} className="govuk-task-list__hint">
                  {task.hint}
                </div>
              ) : null}
            </div>
            <div className="govuk-task-list__status">
              <TaskStatusView id={statusId} status={task.status} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
